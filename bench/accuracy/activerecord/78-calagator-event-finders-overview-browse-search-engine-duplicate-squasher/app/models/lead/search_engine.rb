class Lead < ApplicationRecord
  # The SQL search engine: title or url matches, current events only when asked for.
  class SearchEngine
    def self.search(query, opts = {})
      new(query, opts).all
    end

    def initialize(query, opts)
      @query = query
      @opts = opts
    end

    def all
      scope = Lead.non_duplicates.where("LOWER(leads.company) LIKE :q OR LOWER(leads.email) LIKE :q", q: "%#{@query.downcase}%")
      scope = scope.where("leads.created_at >= ?", Date.yesterday.to_time) if @opts[:skip_old]
      scope.order(created_at: :desc).limit(@opts[:limit] || 50).to_a # expect: scans-all [ar78c] cross
    end
  end
end
