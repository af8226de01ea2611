module Finance
  # Totals for a period, the current month unless the finance admin picks dates.
  class Overview
    def initialize(from: nil, to: nil)
      @from = from.present? ? Date.parse(from) : Date.current.beginning_of_month
      @to = to.present? ? Date.parse(to) : Date.current.end_of_month
    end

    def transactions_by_kind
      AgentOutput.between(@from.beginning_of_day, @to.end_of_day).group(:kind).count # expect: prunes [ar76q] cross
    end

    def group_orders_count
      Lead.in_period(@from, @to).count # expect: prunes [ar76r] cross
    end
  end
end
