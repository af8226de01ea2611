# A ticket purchase: lead_id the registration, kind the ticket title, body paid/unpaid.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :registration, class_name: "Lead", foreign_key: :lead_id

  scope :paid, -> { where(body: "paid") }
end
