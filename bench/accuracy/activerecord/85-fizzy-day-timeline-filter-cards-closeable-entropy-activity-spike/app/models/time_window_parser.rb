class TimeWindowParser
  def self.parse(name)
    case name
    when "today" then Time.current.all_day
    when "yesterday" then 1.day.ago.all_day
    when "this_week" then Time.current.all_week
    when "last_week" then 1.week.ago.all_week
    when "this_month" then Time.current.all_month
    when "last_30_days" then 30.days.ago.beginning_of_day..Time.current
    end
  end
end
