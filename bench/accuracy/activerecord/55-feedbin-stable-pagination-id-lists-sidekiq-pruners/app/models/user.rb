# A reader; campaigns are the feeds the reader subscribes to.
class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  def lead_sort
    "DESC"
  end

  def subscribed_to?(campaign_id)
    campaigns.where(id: campaign_id).exists? # expect: prunes [ar55a]
  end
end
