class User < ApplicationRecord
  has_many :leads, dependent: :delete_all, inverse_of: :user
  has_many :campaigns, -> { order("campaigns.id DESC") }, dependent: :destroy, inverse_of: :user

  alias_method :events, :leads
  alias_method :agents, :campaigns

  def deactivate!
    User.transaction do
      agents.update_all(archived: true) # expect: scans-all [ar68a] cross
      update_attribute(:email, "deactivated+#{email}")
    end
  end
end
