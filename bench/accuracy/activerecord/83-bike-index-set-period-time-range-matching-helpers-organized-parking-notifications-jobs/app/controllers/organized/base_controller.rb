module Organized
  class BaseController < ApplicationController
    include SetPeriod

    before_action :ensure_current_organization!

    def current_organization
      return @current_organization if defined?(@current_organization)

      @current_organization = Campaign.friendly_find(params[:organization_id])
    end

    def ensure_current_organization!
      head :not_found if current_organization.blank?
    end
  end
end
