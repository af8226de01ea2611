# An event: created_at its start time, company its title, email its url, campaign_id the venue,
# user_id the source it was imported from, status duplicate/multiday/a tag.
class Lead < ApplicationRecord
  extend Finders

  self.primary_key = :id

  belongs_to :venue, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  belongs_to :source, class_name: "User", foreign_key: :user_id
  has_many :versions, class_name: "AgentOutput", foreign_key: :lead_id

  scope :non_duplicates, -> { where.not(status: "duplicate") }
  scope :marked_duplicates, -> { where(status: "duplicate") }

  def self.search(query, opts = {})
    SearchEngine.search(query, opts)
  end
end
