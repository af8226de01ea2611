class AlaveteliPro::BaseController < ApplicationController
  before_action :pro_user_authenticated?

  private

  def pro_user_authenticated?
    redirect_to "/pro/sign_in" unless current_user
  end
end
