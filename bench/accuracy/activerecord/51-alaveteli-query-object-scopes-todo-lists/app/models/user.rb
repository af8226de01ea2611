class User < ApplicationRecord
  has_many :leads, -> { order(created_at: :desc) }
  has_many :campaigns
  has_many :agent_outputs, through: :leads
end
