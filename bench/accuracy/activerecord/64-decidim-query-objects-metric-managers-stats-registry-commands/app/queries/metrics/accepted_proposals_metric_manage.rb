module Metrics
  class AcceptedProposalsMetricManage < ProposalsMetricManage
    def initialize(day_string)
      super
      @metric_name = "accepted_proposals"
    end

    def query
      super
      @query = @query.accepted
    end

    def quantity
      @quantity ||= @query.where(created_at: @start_date..@end_date).count # expect: prunes [ar64i] cross
    end
  end
end
