class LeadsCleanupWorker
  include Sidekiq::Worker

  sidekiq_options queue: :low, retry: false

  def perform(user_id)
    user = User.find(user_id)
    policy = LeadCleanupPolicy.new(user, keep_replied: false)
    leads = policy.leads_to_delete(100).to_a # expect: prunes [ar42a] cross
    leads.each do |lead|
      AgentOutput.where(lead_id: lead.id, created_at: lead.created_at..).delete_all # expect: prunes [ar42e]
      lead.destroy! # expect: scans-all [ar42c]
    end
  end

  def preview(user_id)
    user = User.find(user_id)
    LeadCleanupPolicy.new(user).leads_to_delete(100).pluck(:id) # expect: scans-all [ar42b] cross
  end
end
