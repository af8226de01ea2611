# An email sent receipt: lead_id the signature, kind which email was sent.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :signature, class_name: "Lead", foreign_key: :lead_id
end
