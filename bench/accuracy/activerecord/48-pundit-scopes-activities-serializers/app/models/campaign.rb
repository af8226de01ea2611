class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads

  def most_recent_lead
    leads.order(created_at: :desc).first # expect: scans-all [ar48e]
  end

  def owned_by?(someone)
    someone.present? && user_id == someone.id
  end
end
