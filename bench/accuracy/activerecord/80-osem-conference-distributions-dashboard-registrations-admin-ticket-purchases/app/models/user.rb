# A person: organizes conferences and registers to them.
class User < ApplicationRecord
  has_many :conferences, class_name: "Campaign", foreign_key: :user_id
  has_many :registrations, class_name: "Lead", foreign_key: :user_id

  def registered_to?(conference)
    registrations.where(campaign_id: conference.id).exists? # expect: scans-all [ar80a]
  end

  def recent_registrations
    registrations.where(created_at: 1.year.ago..).order(created_at: :desc).to_a # expect: prunes [ar80b]
  end
end
