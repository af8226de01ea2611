class FeedsController < ApplicationController
  def index
    @leads = Leads::FeedQuery.call(user: current_user, status: params[:status]).to_a # expect: scans-all [ar37a] cross
  end

  def today
    @leads = Leads::FeedQuery.call(user: current_user, since: Time.current.beginning_of_day, page: params.fetch(:page, 1).to_i).to_a # expect: prunes [ar37b] cross
  end

  def company
    count = ApplicationRecord.transaction do
      Lead.where(company: params[:company]).distinct.count(:user_id) # expect: scans-all [ar37d]
    end
    render json: { users: count }
  end

  def won_campaigns
    n = current_user.campaigns.joins(:leads).where(leads: { status: "won" }).distinct.count # expect: scans-all [ar37e]
    render json: { campaigns: n }
  end
end
