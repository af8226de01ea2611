# An event of a card: kind the action, body the particulars.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :card, class_name: "Lead", foreign_key: :lead_id

  scope :chronologically, -> { order(created_at: :asc, id: :desc) }
  scope :reverse_chronologically, -> { order(created_at: :desc, id: :desc) }
end
