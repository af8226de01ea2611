class MonthlyReportJob < ApplicationJob
  def perform(year, month)
    first = Date.new(year, month, 1)
    Lead.in_period(first, first.end_of_month).group(:user_id).count # expect: prunes [ar76y] cross
  end
end
