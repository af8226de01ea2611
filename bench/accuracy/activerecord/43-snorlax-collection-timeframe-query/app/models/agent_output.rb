class AgentOutput < ApplicationRecord
  include HasTimeframe

  self.primary_key = :id

  belongs_to :lead

  scope :replies, -> { where(kind: "reply") }
end
