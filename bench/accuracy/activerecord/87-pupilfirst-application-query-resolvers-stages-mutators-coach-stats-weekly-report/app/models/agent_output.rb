# Feedback or a grade on a submission.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :submission, class_name: "Lead", foreign_key: :lead_id

  scope :grades, -> { where(kind: "grade") }
  scope :drafts, -> { where(kind: "draft_feedback") }
  scope :chronological, -> { order(created_at: :asc) }
end
