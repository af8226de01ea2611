# frozen_string_literal: true

class CampaignsController < EntitiesController
  def show
    @campaign = Campaign.my(current_user).find(params[:id]) # expect: prunes [ar50j] cross
    @leads_this_month = @campaign.leads.where(created_at: Time.current.all_month).count # expect: prunes [ar50k]
    respond_with @campaign
  end
end
