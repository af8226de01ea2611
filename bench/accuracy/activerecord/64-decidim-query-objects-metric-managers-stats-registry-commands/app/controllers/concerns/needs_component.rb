# Controllers under a component's routes find it inside the current organization.
module NeedsComponent
  extend ActiveSupport::Concern

  included do
    helper_method :current_component
  end

  private

  def current_component
    @current_component ||= current_organization.campaigns.published.find(params[:component_id]) # expect: prunes [ar64a] cross
  end
end
