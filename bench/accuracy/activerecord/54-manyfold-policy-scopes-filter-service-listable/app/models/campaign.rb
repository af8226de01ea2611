# A collection of models curated by its owner.
class Campaign < ApplicationRecord
  include PublicIDable

  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
