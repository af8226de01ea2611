class ApplicationController < ActionController::Base
  helper_method :current_organization

  private

  def current_organization
    @current_organization ||= User.find(request.env["decidim.current_organization_id"])
  end

  def current_user
    @current_user ||= User.find_by(id: session[:user_id])
  end
end
