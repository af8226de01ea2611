class WebhooksController < ApplicationController
  include WithinOrganization

  before_action { @server = organization.campaigns.present.find_by!(name: params[:server_id]) } # expect: prunes [ar62w] cross

  def history
    @current_page = params[:page] ? params[:page].to_i : 1
    @requests = @server.message_db.webhooks.list(@current_page) # expect: scans-all [ar62x] cross
  end
end
