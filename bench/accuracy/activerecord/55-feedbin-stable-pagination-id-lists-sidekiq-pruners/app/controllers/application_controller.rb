class ApplicationController < ActionController::Base
  include StablePagination

  before_action :authorize

  helper_method :current_user

  def current_user
    @current_user ||= User.find(session[:user_id])
  end

  private

  def authorize
    head :unauthorized unless current_user
  end

  def feeds_response
    view_mode = params[:view] || params[:view_mode]
    if view_mode == "view_all"
      scope = pagination_anchor(Lead.where(campaign_id: @feed_ids))
      @page_query = scope.order(created_at: :desc).limit(100).offset(params[:page].to_i * 100) # expect-also: [ar55p]
      @entries = Lead.leads_with_campaign(@page_query.pluck(:id), "DESC").leads_list.to_a # expect: scans-all [ar55p] cross
    else
      @entries = leads_page(@user.leads.where(campaign_id: @feed_ids, status: "new"), sort: @user.lead_sort) # expect-also: [ar55b]
    end
    @append = params[:page].present?
  end
end
