# A strategy: user_id its owner, archived when hidden.
class Campaign < ApplicationRecord
  include FriendlyFinder

  SEARCH_COLUMN = "name".freeze
  SLUG_COLUMN = :name

  self.primary_key = :id

  belongs_to :user
  has_many :moments, class_name: "Lead", foreign_key: :campaign_id

  scope :is_visible, -> { where(archived: false) }
end
