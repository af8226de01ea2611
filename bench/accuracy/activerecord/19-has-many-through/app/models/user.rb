class User < ApplicationRecord
  has_many :leads
  has_many :campaigns
  has_many :agent_outputs, through: :leads
end
