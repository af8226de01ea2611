# A moment: user_id its owner, campaign_id the strategy used, company its name, email its slug.
class Lead < ApplicationRecord
  include FriendlyFinder

  SEARCH_COLUMN = "company".freeze
  SLUG_COLUMN = :email

  self.primary_key = :id

  belongs_to :user
  belongs_to :strategy, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  has_many :comments, class_name: "AgentOutput", foreign_key: :lead_id

  scope :published, -> { where(status: %w[published crisis acknowledged]) }
  scope :drafts, -> { where(status: "draft") }
  scope :recent, -> { order("created_at DESC") }
  scope :in_crisis, -> { where(status: "crisis") }
  scope :this_month, -> { where(created_at: Time.current.beginning_of_month..Time.current) }
  scope :using, ->(strategy) { where(campaign_id: strategy.id) }
end
