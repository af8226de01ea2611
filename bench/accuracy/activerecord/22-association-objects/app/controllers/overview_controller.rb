class OverviewController < ApplicationController
  def index
    user = User.find(params[:user_id])
    @latest = Lead.where(user: user).order(:id).limit(20).to_a # expect: scans-all [ar22a]
    @campaigns = Campaign.where(user: user, archived: false).to_a # expect: prunes [ar22b]
    @this_month = user.leads.where(created_at: Date.current.all_month).count # expect: prunes [ar22c]
  end
end
