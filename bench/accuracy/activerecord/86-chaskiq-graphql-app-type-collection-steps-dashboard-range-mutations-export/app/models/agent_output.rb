# A conversation part: lead_id the conversation, kind who wrote it.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :conversation, class_name: "Lead", foreign_key: :lead_id

  scope :visibles, -> { where.not(kind: "private_note") }
  scope :from_users, -> { where(kind: "AppUser") }
  scope :from_agents, -> { where(kind: "Agent") }
end
