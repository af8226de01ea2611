# A project submission: user_id the learner, campaign_id the lesson, company the repo URL,
# email the live preview URL, status public/private/discarded.
class Lead < ApplicationRecord
  include Discardable

  self.primary_key = :id

  belongs_to :user
  has_many :flags, class_name: "AgentOutput", foreign_key: :lead_id

  scope :only_public, -> { where(status: "public") }
  scope :not_removed_by_admin, -> { kept }
  scope :created_today, -> { where("created_at >= ?", Time.zone.now.beginning_of_day) }
  scope :discardable, -> { not_removed_by_admin.where("created_at <= ?", 1.year.ago).where(email: nil) }
end
