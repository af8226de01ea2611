# A tag of the blog; articles carry their main tag.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
