# A batch of requests sent at once by a pro user.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
