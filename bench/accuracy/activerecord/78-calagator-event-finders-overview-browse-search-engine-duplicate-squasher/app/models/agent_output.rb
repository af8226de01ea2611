# A version of an event (the change history): kind create/update/destroy, body the changeset.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :event, class_name: "Lead", foreign_key: :lead_id
end
