class DailySalesStatsJob < ApplicationJob
  queue_as :default

  def perform
    counts = Lead.successful.where(created_at: Date.yesterday.all_day).group(:user_id).count # expect: prunes [ar72g] cross
    counts.each { |seller_id, count| Rails.logger.info("sales seller=#{seller_id} count=#{count}") }
  end
end
