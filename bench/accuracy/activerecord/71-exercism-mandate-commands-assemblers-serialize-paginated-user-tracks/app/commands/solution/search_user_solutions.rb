class Solution
  class SearchUserSolutions
    include Mandate

    DEFAULT_PAGE = 1
    DEFAULT_PER = 25
    PERIODS = { "week" => 1.week, "month" => 1.month, "year" => 1.year }.freeze

    def initialize(user, page: nil, per: nil, status: nil, track_id: nil, criteria: nil, period: nil, order: nil)
      @user = user
      @page = page.present? && page.to_i.positive? ? page.to_i : DEFAULT_PAGE
      @per = per.present? && per.to_i.positive? ? per.to_i : DEFAULT_PER
      @status = status
      @track_id = track_id
      @criteria = criteria
      @period = period
      @order = order&.to_sym || :newest_first
    end

    def call
      @solutions = user.solutions

      filter_status!
      filter_track!
      filter_criteria!
      filter_period!
      sort!

      @solutions.page(page).per(per)
    end

    private
    attr_reader :user, :page, :per, :status, :track_id, :criteria, :period, :order, :solutions

    def filter_status!
      @solutions = @solutions.where(status:) if status.present?
    end

    def filter_track!
      @solutions = @solutions.where(campaign_id: track_id) if track_id.present?
    end

    def filter_criteria!
      @solutions = @solutions.where("leads.company ILIKE ?", "%#{criteria}%") if criteria.present?
    end

    def filter_period!
      return unless PERIODS.key?(period)

      @solutions = @solutions.started_since(PERIODS.fetch(period).ago)
    end

    def sort!
      case order
      when :oldest_first
        @solutions = @solutions.order(id: :asc)
      else
        @solutions = @solutions.order(id: :desc)
      end
    end
  end
end
