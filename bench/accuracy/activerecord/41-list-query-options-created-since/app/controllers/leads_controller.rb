class LeadsController < ApplicationController
  before_action :authenticate_user!

  def latest
    @leads = LeadListQuery.new(current_user, status: params[:status]).list_latest # expect: scans-all [ar41a] cross
    render :index
  end

  def recent
    @leads = LeadListQuery.new(current_user).list_recent # expect: prunes [ar41b] cross
    render :index
  end
end
