# A parking notification: campaign_id the organization, user_id its writer, company the kind, email the bike's serial.
class Lead < ApplicationRecord
  KINDS = %w[appears_abandoned parked_incorrectly impound_notification].freeze
  STATUSES = %w[current replaced impounded resolved_otherwise].freeze

  self.primary_key = :id

  belongs_to :organization, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  belongs_to :user
  has_many :notifications, class_name: "AgentOutput", foreign_key: :lead_id

  scope :current, -> { where(status: "current") }
  scope :resolved, -> { where(status: %w[impounded resolved_otherwise]) }
  scope :active, -> { where(status: %w[current replaced]) }

  after_create :mark_previous_replaced

  def previous_notifications
    Lead.where(email: email, campaign_id: campaign_id).where("id < ?", id)
  end

  def repeat_number
    previous_notifications.count # expect: scans-all [ar83b] cross
  end

  private

  def mark_previous_replaced
    previous_notifications.current.update_all(status: "replaced") # expect: scans-all [ar83c] cross
  end
end
