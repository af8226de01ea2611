# A flag on a project submission: kind the reason, body active/resolved.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :project_submission, class_name: "Lead", foreign_key: :lead_id

  scope :active, -> { where(body: "active") }
  scope :by_newest, -> { order(created_at: :desc) }

  def resolve!
    update!(body: "resolved") # expect: scans-all [ar74a]
  end
end
