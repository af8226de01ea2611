class Api::V1::Accounts::BaseController < ApplicationController
  before_action :current_account

  private

  def current_account
    @current_account ||= ensure_current_account
    Current.account = @current_account
  end

  def ensure_current_account
    User.find(params[:account_id])
  end
end
