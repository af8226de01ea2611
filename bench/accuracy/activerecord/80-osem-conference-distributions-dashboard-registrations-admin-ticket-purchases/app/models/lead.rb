# A registration: user_id the attendee, campaign_id the conference, company the attendee's affiliation,
# status registered/attended.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :conference, class_name: "Campaign", foreign_key: :campaign_id
  has_many :ticket_purchases, class_name: "AgentOutput", foreign_key: :lead_id

  scope :registered, -> { where(status: "registered") }
end
