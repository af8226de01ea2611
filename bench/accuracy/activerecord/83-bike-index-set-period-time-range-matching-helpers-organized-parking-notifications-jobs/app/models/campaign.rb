# An organization: user_id its auto user, name the slug, archived once deleted.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :auto_user, class_name: "User", foreign_key: :user_id
  has_many :parking_notifications, class_name: "Lead", foreign_key: :campaign_id

  scope :not_deleted, -> { where(archived: false) }

  def self.friendly_find(slug)
    return nil if slug.blank?

    not_deleted.find_by(name: slug.to_s.downcase) # expect: scans-all [ar83a] cross
  end
end
