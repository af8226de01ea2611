class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead, ->(output) { where(created_at: ..output.created_at) }
end
