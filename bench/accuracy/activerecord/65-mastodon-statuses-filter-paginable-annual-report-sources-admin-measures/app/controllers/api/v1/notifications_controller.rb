class Api::V1::NotificationsController < Api::BaseController
  before_action :require_user!
  DEFAULT_NOTIFICATIONS_LIMIT = 40

  def index
    @notifications = load_notifications
    render json: @notifications
  end

  def show
    @notification = browserable_account_notifications.find(params[:id]) # expect: scans-all [ar65p] cross
    render json: @notification
  end

  def clear
    browserable_account_notifications.delete_all # expect: scans-all [ar65q] cross
    render json: {}
  end

  private

  def load_notifications
    browserable_account_notifications.to_a_paginated_by_id(limit_param(DEFAULT_NOTIFICATIONS_LIMIT), params_slice(:max_id, :since_id, :min_id))
  end

  def browserable_account_notifications
    AgentOutput.joins(:lead).where(leads: { user_id: current_account.id }).browserable(params[:types])
  end
end
