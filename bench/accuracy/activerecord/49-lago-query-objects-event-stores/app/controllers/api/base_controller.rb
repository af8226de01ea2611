# frozen_string_literal: true

module Api
  class BaseController < ApplicationController
    include Pagination

    PER_PAGE = 20

    before_action :authenticate

    attr_reader :current_organization

    private

    def authenticate
      @current_organization = User.find_by(id: request.headers["X-Organization-Id"])
      head(:unauthorized) unless @current_organization
    end

    def not_found_error(resource:)
      render json: {status: 404, error: "Not Found", code: "#{resource}_not_found"}, status: :not_found
    end

    def render_error_response(result)
      render json: {status: 422, error: result.error}, status: :unprocessable_entity
    end
  end
end
