module Metrics
  class ProposalsMetricManage < MetricManage
    def initialize(day_string)
      super
      @metric_name = "proposals"
    end

    def with_context(organization)
      super
      @query = Lead.where(campaign: components)
    end

    def query
      @query = @query.where("leads.created_at <= ?", @end_date).except_withdrawn
      @query = @query.group(:campaign_id)
    end

    def cumulative
      @cumulative ||= @query.count # expect: prunes [ar64g] cross
    end

    def quantity
      @quantity ||= @query.where("leads.created_at >= ?", @start_date).count # expect: prunes [ar64h] cross
    end
  end
end
