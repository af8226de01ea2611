# A comment on a notification's subject: kind the author's association, body the comment.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :notification, class_name: "Lead", foreign_key: :lead_id
end
