class OrganizationsController < ApplicationController
  include WithinOrganization

  # The organization overview: its servers with the messages of the last day.
  def show
    @servers = organization.campaigns.present.order(:name).to_a # expect: prunes [ar62ae] cross
    @counts = @servers.to_h do |server|
      [server.id, server.message_db.messages(where: { timestamp: { greater_than: 1.day.ago } }, count: true)] # expect: prunes [ar62af] cross
    end
  end
end
