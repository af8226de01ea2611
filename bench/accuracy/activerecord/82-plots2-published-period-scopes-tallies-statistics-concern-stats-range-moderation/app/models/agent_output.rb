# A comment on a node: lead_id the node, kind comment/answer, body the text.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :node, class_name: "Lead", foreign_key: :lead_id

  scope :answers, -> { where(kind: "answer") }
end
