class CampaignsController < ApplicationController
  before_action :set_campaign

  def show
    @leads = @campaign.leads.where(created_at: 30.days.ago..).order(:id) # expect: prunes [ar28f] cross
  end

  def destroy_leads
    @campaign.leads.where(status: "spam").delete_all # expect: scans-all [ar28g] cross
    redirect_to @campaign
  end

  private

  def set_campaign
    @campaign = current_user.campaigns.find(params[:id]) # expect: prunes [ar28h]
  end
end
