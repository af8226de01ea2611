# A boost: lead_id the boosted message, kind the emoji, body who boosted it.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :message, class_name: "Lead", foreign_key: :lead_id
end
