class LeadDeleter
  include Sidekiq::Worker
  sidekiq_options queue: :utility

  def perform(campaign_id)
    limit = ENV["ENTRY_LIMIT"] ? ENV["ENTRY_LIMIT"].to_i : 400
    prune_leads(campaign_id, limit)
  end

  def prune_leads(campaign_id, limit)
    keep = Lead.where(campaign_id: campaign_id).where(created_at: 3.months.ago..).order("created_at DESC").limit(limit).pluck("leads.id") # expect: prunes [ar55m]
    delete_leads(campaign_id, keep)
  end

  def delete_leads(campaign_id, keep_ids)
    Lead.where(campaign_id: campaign_id).where.not(id: keep_ids).delete_all # expect: scans-all [ar55n]
  end
end
