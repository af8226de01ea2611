class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :by_created_at, -> { order(created_at: :desc) }

  def self.new_single_leads(limit = 5)
    subquery = <<~SQL.squish
      leads.campaign_id IN (SELECT campaign_id FROM leads GROUP BY campaign_id HAVING COUNT(id) = 1)
    SQL
    where(subquery).by_created_at.limit(limit)
  end

  def self.just_updated(limit = 5)
    where("leads.created_at >= ?", 1.day.ago).by_created_at.limit(limit)
  end
end
