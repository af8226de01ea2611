class Api::V2::BaseController < ApplicationController
  private

  def current_resource_owner
    @current_resource_owner ||= User.find(doorkeeper_token.resource_owner_id)
  end

  def error_400(message)
    render json: { success: false, message: }, status: :bad_request
  end
end
