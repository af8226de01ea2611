class User < ApplicationRecord
  has_many :leads, dependent: :destroy
  has_many :campaigns
end
