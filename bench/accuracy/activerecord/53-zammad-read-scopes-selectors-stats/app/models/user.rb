class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  def agent?
    email.end_with?("@agents.example")
  end

  # The groups (campaigns) the agent may work in.
  def campaign_ids_access(_access)
    campaigns.where(archived: false).pluck(:id) # expect: prunes [ar53h] cross
  end
end
