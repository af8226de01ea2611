# A submission: user_id the account, campaign_id the template, company the name, email the first submitter's
# email, status pending/completed/declined/expired/archived.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :account, class_name: "User", foreign_key: :user_id
  belongs_to :template, class_name: "Campaign", foreign_key: :campaign_id
  has_many :submission_events, class_name: "AgentOutput", foreign_key: :lead_id

  scope :active, -> { where.not(status: "archived") }
  scope :pending, -> { where(status: "pending") }
  scope :completed, -> { where(status: "completed") }
  scope :declined, -> { where(status: "declined") }
end
