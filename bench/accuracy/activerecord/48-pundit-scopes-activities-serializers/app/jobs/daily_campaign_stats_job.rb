class DailyCampaignStatsJob < ApplicationJob
  def perform(day = Date.yesterday)
    counts = Lead.where(created_at: day.all_day).group(:campaign_id).count # expect: prunes [ar48h]
    names = Campaign.where(id: counts.keys.compact).pluck(:id, :name).to_h # expect: scans-all [ar48i]
    counts.each { |campaign_id, n| Rails.logger.info("#{names[campaign_id]}: #{n}") }
  end
end
