# A photo of a harvest: body its URL.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :harvest, class_name: "Lead", foreign_key: :lead_id
end
