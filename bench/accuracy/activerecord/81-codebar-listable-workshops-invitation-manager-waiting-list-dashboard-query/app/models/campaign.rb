# A chapter: user_id its organiser, name the city slug, archived whether it is inactive.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :organiser, class_name: "User", foreign_key: :user_id
  has_many :workshops, class_name: "Lead", foreign_key: :campaign_id

  scope :active, -> { where(archived: false) }
end
