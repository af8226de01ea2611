class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead, inverse_of: :agent_outputs

  # Outputs are always written after their lead, so the lead's created_at bounds their partition.
  scope :in_partition, ->(lead) { where(created_at: lead.created_at..) }
  scope :of_kind, ->(kind) { where(kind: kind) }
end
