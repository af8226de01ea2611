# A dashboard measure over [start_at, end_at], compared with the period of the same length before it.
class Admin::Metrics::Measure::BaseMeasure
  def self.with_params?
    false
  end

  def initialize(start_at, end_at, params = {})
    @start_at = start_at&.to_datetime
    @end_at = end_at&.to_datetime
    @params = params
  end

  def total
    load[:total]
  end

  def previous_total
    load[:previous_total]
  end

  def data
    load[:data]
  end

  protected

  def load
    @load ||= { total: perform_total_query, previous_total: perform_previous_total_query, data: perform_data_query }
  end

  def time_period
    (@start_at.beginning_of_day..@end_at.end_of_day)
  end

  def previous_time_period
    ((@start_at - length_of_period).beginning_of_day..(@end_at - length_of_period).end_of_day)
  end

  def length_of_period
    @length_of_period ||= @end_at - @start_at
  end
end
