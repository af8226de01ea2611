# A comment on a moment: kind its visibility (all or private).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :moment, class_name: "Lead", foreign_key: :lead_id

  scope :on_moments, ->(ids) { where(lead_id: ids) }
end
