class User < ApplicationRecord
  has_many :leads
  has_many :campaigns
end
