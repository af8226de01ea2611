class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :since, ->(time) { where(created_at: time..) }
  scope :of_kind, ->(kind) { where(kind: kind) }
end
