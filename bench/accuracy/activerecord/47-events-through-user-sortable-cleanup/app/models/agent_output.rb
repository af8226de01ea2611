class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead, inverse_of: :agent_outputs

  scope :expired, -> { where("agent_outputs.created_at < ?", OUTPUT_RETENTION.ago) }
  scope :recent, -> { where("agent_outputs.created_at > ?", 24.hours.ago) }

  OUTPUT_RETENTION = 30.days

  # Deletes the outputs past retention and flags the leads that lost some.
  def self.cleanup_expired!
    affected_leads = AgentOutput.expired.group("lead_id").pluck(:lead_id) # expect: prunes [ar47g] cross
    AgentOutput.expired.delete_all # expect: prunes [ar47h] cross
    Lead.where(id: affected_leads).update_all("status = 'pruned'") # expect: scans-all [ar47i]
  end
end
