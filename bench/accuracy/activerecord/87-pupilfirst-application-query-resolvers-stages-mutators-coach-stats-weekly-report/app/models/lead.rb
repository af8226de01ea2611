# A submission (timeline event): user_id the student, campaign_id the course, company the target.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :student, class_name: "User", foreign_key: :user_id
  belongs_to :course, class_name: "Campaign", foreign_key: :campaign_id
  has_many :feedbacks, class_name: "AgentOutput", foreign_key: :lead_id

  scope :live, -> { where.not(status: %w[archived superseded]) }
  scope :pending_review, -> { where(status: "pending") }
  scope :evaluated_by_faculty, -> { where(status: %w[passed failed]) }
end
