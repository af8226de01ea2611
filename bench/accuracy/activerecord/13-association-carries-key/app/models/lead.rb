class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  # Outputs are written in the same month as their lead or later: the key bounds the scan.
  has_many :agent_outputs, ->(lead) { where(created_at: lead.created_at..) }
  has_many :all_outputs, class_name: "AgentOutput"

  scope :recent, -> { where("created_at >= ?", 30.days.ago) }
end
