# A solution: user_id its student, campaign_id its user track, company the exercise slug, email its uuid.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :user_track, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  has_many :iterations, class_name: "AgentOutput", foreign_key: :lead_id

  scope :published, -> { where(status: "published") }
  scope :started_since, ->(time) { where("leads.created_at >= ?", time) }

  def latest_iteration
    iterations.where.not(kind: "deleted").order(:id).last # expect: scans-all [ar71f]
  end
end
