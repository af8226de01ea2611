# An action log entry about a proposal (kind is the action: publish, update, endorse, vote, answer).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  ADMIN_ACTIONS = %w[answer hide update].freeze
  scope :for_admin, -> { where(kind: ADMIN_ACTIONS) }
end
