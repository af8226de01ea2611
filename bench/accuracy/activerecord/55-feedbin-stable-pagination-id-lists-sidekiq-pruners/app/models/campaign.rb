# A subscription of a reader to a feed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
