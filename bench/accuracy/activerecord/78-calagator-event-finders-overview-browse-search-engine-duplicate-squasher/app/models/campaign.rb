# A venue: user_id the source that added it, name its title, archived whether it closed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :source, class_name: "User", foreign_key: :user_id
  has_many :events, class_name: "Lead", foreign_key: :campaign_id

  scope :active, -> { where(archived: false) }
end
