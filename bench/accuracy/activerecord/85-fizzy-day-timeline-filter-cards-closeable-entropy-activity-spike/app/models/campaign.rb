# A board: user_id its creator.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id
  has_many :cards, class_name: "Lead", foreign_key: :campaign_id

  scope :alphabetically, -> { order(:name) }
  scope :active, -> { where(archived: false) }

  def auto_postpone_period
    30.days
  end
end
