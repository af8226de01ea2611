# A submission event: lead_id the submission, kind the event type (send_email, view_form, complete_form...).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :submission, class_name: "Lead", foreign_key: :lead_id
end
