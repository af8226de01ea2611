class CampaignsController < ApplicationController
  before_action :authenticate_user!

  def index
    @campaigns = current_user.campaigns.live.order(:name).to_a # expect: prunes [ar03a]
  end

  def show
    @campaign = Campaign.find_by!(id: params[:id], user_id: current_user.id) # expect: prunes [ar03b]
    @leads = @campaign.leads.where(status: "won").to_a # expect: scans-all [ar03c]
    @recent_leads = @campaign.leads.recent.to_a # expect: prunes [ar03d]
  end

  def my_leads
    render json: current_user.leads.where(status: "new").limit(100) # expect: scans-all [ar03e]
  end
end
