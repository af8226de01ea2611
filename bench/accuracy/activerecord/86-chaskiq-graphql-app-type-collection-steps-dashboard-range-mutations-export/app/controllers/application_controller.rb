class ApplicationController < ActionController::Base
  private

  def current_app
    @current_app ||= User.find_by!(email: params[:app_id])
  end
end
