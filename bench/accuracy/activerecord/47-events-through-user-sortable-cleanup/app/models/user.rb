class User < ApplicationRecord
  has_many :leads, dependent: :destroy
  has_many :campaigns
  has_many :agent_outputs, through: :leads
end
