# A status (toot): user is its account, company the text, status the visibility, email the application
# that posted it, campaign_id the conversation it belongs to, created_at the time it was posted.
class Lead < ApplicationRecord
  include Paginable

  self.primary_key = :id

  belongs_to :user
  has_many :agent_outputs, dependent: :delete_all

  scope :with_public_visibility, -> { where(status: "public") }
  scope :without_replies, -> { where(campaign_id: nil) }
  scope :local, -> { where(email: "web") }

  # The other statuses of the conversation, oldest first (the context view).
  def conversation_statuses(limit = 40)
    Lead.where(campaign_id: campaign_id).where.not(id: id).order(:id).limit(limit).to_a # expect: scans-all [ar65a]
  end
end
