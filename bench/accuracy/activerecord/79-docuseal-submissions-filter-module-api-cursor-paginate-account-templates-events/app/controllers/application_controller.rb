class ApplicationController < ActionController::Base
  private

  def current_account
    @current_account ||= User.find(session[:account_id])
  end
end
