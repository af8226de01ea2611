class ApplicationController < ActionController::Base
  include Pundit::Authorization

  respond_to :html, :json

  private

  def pundit_user
    CurrentUser.user
  end
end
