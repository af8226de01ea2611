module MessageDB
  # The messages of one mail server, queried with the options hash the whole app uses:
  #   where: { field => value or { greater_than:, less_than: } }, order:, direction:, limit:, count:
  class Database
    FIELDS = { scope: :status, held: :status, rcpt_to: :company, mail_from: :email, timestamp: :created_at, id: :id }.freeze

    def initialize(server)
      @server = server
    end

    def message(id)
      base.find(id) # expect-also: [ar62g]
    end

    def messages(options = {})
      select(options)
    end

    def messages_with_pagination(page, options = {})
      per_page = options.delete(:per_page) || 30
      page = [page.to_i, 1].max
      total = select(options.merge(count: true))
      records = select(options.merge(limit: per_page, offset: (page - 1) * per_page))
      { total: total, records: records, page: page }
    end

    def webhooks
      @webhooks ||= Webhooks.new(self)
    end

    # Removes the messages older than the server's retention period.
    def remove_messages(max_age_days)
      base.where("created_at < ?", max_age_days.days.ago).delete_all # expect: prunes [ar62k] cross
    end

    def base
      Lead.where(campaign_id: @server.id)
    end

    private

    def select(options)
      scope = apply_where(base, options[:where] || {})
      return scope.count if options[:count] # expect-also: [ar62e] [ar62f] [ar62l]

      scope = scope.order(FIELDS.fetch(options[:order], options[:order]) => (options[:direction] || "ASC").downcase.to_sym) if options[:order]
      scope = scope.limit(options[:limit]) if options[:limit]
      scope = scope.offset(options[:offset]) if options[:offset]
      scope.to_a # expect-also: [ar62e] [ar62f] [ar62t]
    end

    def apply_where(scope, conditions)
      conditions.each do |field, value|
        column = FIELDS.fetch(field, field)
        value = "Held" if field == :held && value == true
        if value.is_a?(Hash)
          scope = scope.where("#{column} > ?", value[:greater_than]) if value[:greater_than]
          scope = scope.where("#{column} < ?", value[:less_than]) if value[:less_than]
        else
          scope = scope.where(column => value)
        end
      end
      scope
    end
  end
end
