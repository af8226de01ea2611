class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads

  scope :live, -> { where(archived: false) }
end
