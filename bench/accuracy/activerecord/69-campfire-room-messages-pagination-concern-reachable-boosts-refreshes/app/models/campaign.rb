# A room: user_id the member it belongs to, name its name, archived whether it was closed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id
  has_many :messages, class_name: "Lead", foreign_key: :campaign_id, dependent: :destroy

  scope :opens, -> { where(archived: false) }
  scope :ordered, -> { order("LOWER(name)") }
end
