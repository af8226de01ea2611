# An account: it writes statuses and owns lists.
class User < ApplicationRecord
  has_many :leads, inverse_of: :user
  has_many :campaigns, inverse_of: :user

  alias_method :statuses, :leads
  alias_method :owned_lists, :campaigns
end
