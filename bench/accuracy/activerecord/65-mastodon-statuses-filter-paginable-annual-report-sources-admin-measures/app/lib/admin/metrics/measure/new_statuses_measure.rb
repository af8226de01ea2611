class Admin::Metrics::Measure::NewStatusesMeasure < Admin::Metrics::Measure::BaseMeasure
  def key
    "new_statuses"
  end

  protected

  def perform_total_query
    Lead.where(created_at: time_period).count # expect: prunes [ar65h] cross
  end

  def perform_previous_total_query
    Lead.where(created_at: previous_time_period).count # expect: prunes [ar65i] cross
  end

  def perform_data_query
    Lead.where(created_at: time_period).group(Arel.sql("date_trunc('day', created_at)")).count.map { |day, n| { date: day, value: n.to_s } } # expect: prunes [ar65j] cross
  end
end
