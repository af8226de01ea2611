class DailySummaryJob < ApplicationJob
  queue_as :low

  def perform(user_id)
    user = User.find(user_id)
    by_status = Lead.created_since(1.day.ago).group(:status).count # expect: prunes [ar41c] cross
    today = Lead.where(user_id: user.id).where("date(leads.created_at) = ?", Date.current).count # expect: scans-all [ar41d]
    Rails.logger.info("summary user=#{user.id} today=#{today} #{by_status.inspect}")
  end
end
