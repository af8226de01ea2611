# A notification sent for a parking notification: kind email/sms, body the delivery status.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :parking_notification, class_name: "Lead", foreign_key: :lead_id, optional: true

  scope :delivery_success, -> { where(body: "delivery_success") }
  scope :delivery_failure, -> { where(body: "delivery_failure") }
end
