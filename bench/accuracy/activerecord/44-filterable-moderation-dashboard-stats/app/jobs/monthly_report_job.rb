class MonthlyReportJob < ApplicationJob
  def perform(user_id)
    filters = { "date_range" => 1.month.ago.beginning_of_month..Time.current, "campaign" => nil }
    count = Lead.filter_by(filters).where(user_id: user_id).count # expect: prunes [ar44i] cross
    Rails.logger.info("monthly report for #{user_id}: #{count} leads")
  end
end
