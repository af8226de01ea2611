# A repo subscription of a user (name is the repo's full name).
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
