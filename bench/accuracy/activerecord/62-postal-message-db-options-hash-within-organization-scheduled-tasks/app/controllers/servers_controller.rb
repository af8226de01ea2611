class ServersController < ApplicationController
  include WithinOrganization

  before_action { params[:id] && @server = organization.campaigns.present.find_by!(name: params[:id]) } # expect: prunes [ar62a] cross

  def index
    @servers = organization.campaigns.present.order(:name).to_a # expect: prunes [ar62b] cross
  end

  def show
    @messages = @server.message_db.messages(order: :id, direction: "desc", limit: 6) # expect: scans-all [ar62t] cross
    @live = MessageDB::LiveStats.new(@server.message_db).total(60) # expect: prunes [ar62u] cross
  end

  def update
    if @server.update(params.require(:server).permit(:name)) # expect: scans-all [ar62c] cross
      redirect_to [organization, @server]
    else
      render :edit
    end
  end

  def destroy
    @server.soft_destroy
    redirect_to organization_root_path(organization)
  end
end
