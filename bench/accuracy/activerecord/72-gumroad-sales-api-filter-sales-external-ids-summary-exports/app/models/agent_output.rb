# A refund: lead_id its purchase, kind refund/chargeback, body who refunded and how much.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :purchase, class_name: "Lead", foreign_key: :lead_id
end
