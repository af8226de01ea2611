# A repository synced from the user's app installation: user_id the installation's user, name its full name.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :notifications, class_name: "Lead", foreign_key: :campaign_id

  scope :active, -> { where(archived: false) }
end
