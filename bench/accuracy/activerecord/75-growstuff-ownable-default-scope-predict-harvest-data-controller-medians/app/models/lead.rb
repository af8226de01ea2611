# A harvest: user_id its owner, campaign_id its planting, company the crop's slug, email the unit,
# status the plant part, created_at when it was harvested.
class Lead < ApplicationRecord
  include Ownable

  self.primary_key = :id

  belongs_to :planting, class_name: "Campaign", foreign_key: :campaign_id, optional: true
  has_many :photos, class_name: "AgentOutput", foreign_key: :lead_id

  scope :recent, -> { order(created_at: :desc) }
  scope :of_crop, ->(slug) { where(company: slug) }

  def self.homepage_records(limit)
    where(created_at: 1.month.ago..).recent.limit(limit)
  end

  def self.harvested_this_year
    where(created_at: Time.zone.now.beginning_of_year..)
  end
end
