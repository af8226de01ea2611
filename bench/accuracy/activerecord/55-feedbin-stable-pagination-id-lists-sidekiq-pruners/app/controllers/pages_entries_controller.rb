class PagesEntriesController < ApplicationController
  def index
    @user = current_user
    @feed = @user.campaigns.find(params[:campaign_id]) # expect: prunes [ar55x]
    @entries = pagination_anchor(@feed.leads).includes(:campaign).order("created_at DESC").leads_list.to_a # expect: scans-all [ar55y] cross
  end
end
