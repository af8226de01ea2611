class Campaign < ApplicationRecord
  self.primary_key = :id
  has_many :leads
end
