class ProjectsController < ApplicationController
  def index
    @starred = current_user.campaigns.where(archived: false).order(:name).pluck(:name) # expect: prunes [ar57n]
    render json: @starred
  end
end
