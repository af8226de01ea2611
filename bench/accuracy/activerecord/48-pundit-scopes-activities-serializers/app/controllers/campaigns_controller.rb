class CampaignsController < ApplicationController
  include Pundit::Authorization

  before_action :find_campaign

  def show
    render json: CampaignSerializer.new(@campaign).serializable_hash
  end

  def leads
    @leads = @campaign.leads.where(created_at: 90.days.ago..).by_created_at.page(params[:page]).per(50) # expect: prunes [ar48j]
  end

  private

  def find_campaign
    @campaign = policy_scope(Campaign).find(params[:id]) # expect: prunes [ar48d] cross
  end
end
