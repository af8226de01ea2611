class StarsController < ApplicationController
  def create
    current_user.campaigns.find_or_create_by!(name: params[:project_id]) # expect: prunes [ar57r]
    head :ok
  end

  def destroy
    current_user.campaigns.where(name: params[:project_id]).destroy_all # expect: scans-all [ar57m]
    head :ok
  end
end
