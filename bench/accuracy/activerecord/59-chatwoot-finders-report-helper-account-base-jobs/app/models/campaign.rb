# An inbox of an account (website widget, email channel, API channel).
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
  has_many :agent_outputs, through: :leads
end
