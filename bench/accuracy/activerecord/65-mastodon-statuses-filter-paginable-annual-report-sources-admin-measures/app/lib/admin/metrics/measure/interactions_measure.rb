class Admin::Metrics::Measure::InteractionsMeasure < Admin::Metrics::Measure::BaseMeasure
  def key
    "interactions"
  end

  protected

  def perform_total_query
    scope.where(created_at: time_period).count # expect: prunes [ar65k] cross
  end

  def perform_previous_total_query
    scope.where(created_at: previous_time_period).count # expect: prunes [ar65l] cross
  end

  def perform_data_query
    []
  end

  private

  def scope
    AgentOutput.where(kind: %w[favourite reblog mention])
  end
end
