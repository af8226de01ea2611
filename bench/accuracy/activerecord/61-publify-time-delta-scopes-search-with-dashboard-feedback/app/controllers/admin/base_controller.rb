class Admin::BaseController < ApplicationController
  before_action :login_required

  private

  def current_user
    @current_user ||= User.find(session[:user_id])
  end

  def login_required
    head :unauthorized unless session[:user_id]
  end
end
