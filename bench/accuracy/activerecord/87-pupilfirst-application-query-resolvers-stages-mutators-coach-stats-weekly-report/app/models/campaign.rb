# A course: user_id the coach who runs it.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :coach, class_name: "User", foreign_key: :user_id
  has_many :submissions, class_name: "Lead", foreign_key: :campaign_id

  scope :live, -> { where(archived: false) }
end
