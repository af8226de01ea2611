module Metrics
  class EndorsementsMetricManage < MetricManage
    def initialize(day_string)
      super
      @metric_name = "endorsements"
    end

    def with_context(organization)
      super
      proposals = Lead.where(campaign: components).except_withdrawn
      @query = AgentOutput.where(kind: "endorse", lead_id: proposals.select(:id))
    end

    def query
      @query = @query.where("agent_outputs.created_at <= ?", @end_date)
    end

    def cumulative
      @cumulative ||= @query.count # expect: scans-all [ar64j] cross
    end

    def quantity
      @quantity ||= @query.where("agent_outputs.created_at >= ?", @start_date).count # expect: scans-all [ar64k] cross
    end
  end
end
