# A conversation of an account in one of its inboxes (status open, pending, snoozed or resolved).
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :latest, -> { order(created_at: :desc) }
  scope :resolved, -> { where(status: "resolved") }
  # Open conversations older than the account's auto-resolve duration (in minutes).
  scope :resolvable, ->(auto_resolve_after) {
    where(status: "open").where("created_at < ?", Time.now.utc - auto_resolve_after.minutes)
  }

  def open?
    status == "open"
  end

  def toggle_status
    self.status = open? ? "resolved" : "open"
    save # expect: scans-all [ar59k]
  end
end
