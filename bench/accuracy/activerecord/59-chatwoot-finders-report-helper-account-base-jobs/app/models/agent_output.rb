# A message of a conversation; kind is the message type (incoming, outgoing, activity, template).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :incoming, -> { where(kind: "incoming") }
  scope :outgoing, -> { where(kind: "outgoing") }
end
