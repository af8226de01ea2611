# A feed entry.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, dependent: :delete_all

  def self.leads_with_campaign(lead_ids, _sort)
    in_order_of(:id, lead_ids).includes(:campaign)
  end

  def self.leads_list
    select(:id, :campaign_id, :company, :email, :status, :created_at)
  end

  def self.sort_preference(sort)
    if sort == "ASC"
      order("created_at ASC")
    else
      order("created_at DESC")
    end
  end
end
