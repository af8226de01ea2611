# An event emitted by an agent: user_id its owner, campaign_id the agent, company the JSON payload,
# created_at when it was emitted. Events are kept for EVENT_RETENTION.
class Lead < ApplicationRecord
  EVENT_RETENTION = 30.days

  self.primary_key = :id

  belongs_to :user
  belongs_to :agent, class_name: "Campaign", foreign_key: :campaign_id

  scope :expired, -> { where("leads.created_at < ?", EVENT_RETENTION.ago) }

  def self.cleanup_expired!
    transaction do
      affected_agents = Lead.expired.group(:campaign_id).pluck(:campaign_id) # expect: prunes [ar68b] cross
      Lead.expired.delete_all # expect: prunes [ar68c] cross
      affected_agents
    end
  end

  def reemit!
    agent.create_event(company: company) # expect: scans-all [ar68ad]
  end
end
