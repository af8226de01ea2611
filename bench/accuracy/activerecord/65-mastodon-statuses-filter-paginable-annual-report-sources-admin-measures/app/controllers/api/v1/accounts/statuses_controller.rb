class Api::V1::Accounts::StatusesController < Api::BaseController
  before_action :set_account

  def index
    @statuses = load_statuses
    render json: @statuses
  end

  private

  def set_account
    @account = User.find(params[:account_id])
  end

  def load_statuses
    @account.nil? ? [] : cached_account_statuses
  end

  def cached_account_statuses
    account_statuses.to_a_paginated_by_id(limit_param(DEFAULT_STATUSES_LIMIT), params_slice(:max_id, :since_id, :min_id))
  end

  def account_statuses
    AccountStatusesFilter.new(@account, current_account, params).results
  end
end
