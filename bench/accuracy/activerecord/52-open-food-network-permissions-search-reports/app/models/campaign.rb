# frozen_string_literal: true

# A distributor (shopfront) managed by its owner.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads

  scope :active, -> { where(archived: false) }
end
