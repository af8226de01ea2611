# Drops history entries nobody has looked at for five years, and old to-read marks of hidden works.
class ReadingCleanupJob < ApplicationJob
  def perform
    Lead.where(status: "viewed").where("created_at < ?", 5.years.ago).in_batches(of: 1000).delete_all # expect: prunes [ar84f]
    hidden = Campaign.where(archived: true).select(:id)
    Lead.to_read.where(campaign_id: hidden).where(created_at: ..1.year.ago).delete_all # expect: scans-all [ar84g] cross
  end
end
