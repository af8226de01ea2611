# Turns params[:period] into @time_range for the index pages; "all" starts at the controller's earliest date.
module SetPeriod
  extend ActiveSupport::Concern

  PERIOD_TYPES = %w[hour day week month year all].freeze

  def set_period
    @period = PERIOD_TYPES.include?(params[:period]) ? params[:period] : "all"
    @end_time = Time.current
    @start_time = case @period
                  when "hour" then Time.current - 1.hour
                  when "day" then Time.current.beginning_of_day - 1.day
                  when "week" then Time.current.beginning_of_day - 1.week
                  when "month" then Time.current.beginning_of_day - 30.days
                  when "year" then Time.current.beginning_of_day - 1.year
                  else earliest_period_date
                  end
    @time_range = @start_time..@end_time
  end

  def earliest_period_date
    Time.at(1528767966)
  end
end
