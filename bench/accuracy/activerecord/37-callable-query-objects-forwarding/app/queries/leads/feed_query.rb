module Leads
  class FeedQuery
    DEFAULT_PER_PAGE = 30

    def self.call(...)
      new(...).call
    end

    def initialize(user:, since: nil, status: nil, page: 1, per_page: DEFAULT_PER_PAGE)
      @user = user
      @since = since
      @status = status
      @page = page
      @per_page = per_page
    end

    def call
      relation = @user.leads
      relation = filter_by_since(relation)
      relation = filter_by_status(relation)
      relation.order(created_at: :desc).limit(@per_page).offset((@page - 1) * @per_page)
    end

    private

    def filter_by_since(relation)
      return relation unless @since

      relation.where(created_at: @since..)
    end

    def filter_by_status(relation)
      return relation if @status.blank?

      relation.where(status: @status)
    end
  end
end
