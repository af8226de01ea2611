# An organization (one Decidim installation can host several).
class User < ApplicationRecord
  has_many :campaigns
  has_many :leads
end
