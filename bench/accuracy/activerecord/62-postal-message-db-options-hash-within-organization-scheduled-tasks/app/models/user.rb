# An organization: it owns mail servers.
class User < ApplicationRecord
  has_many :campaigns
  has_many :leads
end
