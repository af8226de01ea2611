# A campaign of an app: user_id the app, archived when paused.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :app, class_name: "User", foreign_key: :user_id
  has_many :conversations, class_name: "Lead", foreign_key: :campaign_id

  scope :enabled, -> { where(archived: false) }
end
