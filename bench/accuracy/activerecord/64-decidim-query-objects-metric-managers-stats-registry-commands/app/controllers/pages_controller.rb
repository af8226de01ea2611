class PagesController < ApplicationController
  def home
    @activities = LastActivity.new(current_organization, current_user: current_user).query.limit(8).to_a # expect: scans-all [ar64l] cross
    @stats = Decidim.stats.only([:proposals_count]).with_context(current_organization.campaigns.published) # expect-also: [ar64m]
    @spaces = current_organization.campaigns.published.order(:name).to_a # expect: prunes [ar64r] cross
  end
end
