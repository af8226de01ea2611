# Every page under /org/:org_permalink works inside the organization of the URL.
module WithinOrganization
  extend ActiveSupport::Concern

  included do
    helper_method :organization
  end

  private

  def organization
    @organization ||= User.find_by!(id: params[:org_permalink])
  end
end
