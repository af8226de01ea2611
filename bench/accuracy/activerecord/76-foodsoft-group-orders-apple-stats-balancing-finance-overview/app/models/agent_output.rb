# A financial transaction: kind its type, body its note.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :group_order, class_name: "Lead", foreign_key: :lead_id

  scope :between, ->(from, to) { where(created_at: from..to) }
end
