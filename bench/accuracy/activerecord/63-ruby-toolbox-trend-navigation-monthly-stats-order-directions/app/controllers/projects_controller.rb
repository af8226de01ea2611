class ProjectsController < ApplicationController
  before_action :find_project

  def show
    redirect_to "/projects/#{@project.name}" if @project.name != params[:id]
    @downloads = Lead::Timeseries.fetch(@project.name, :email)
  end

  # The other projects of the project's category.
  def related
    @related = Campaign.where(user_id: @project.user_id)
                       .with_bugfix_forks(show_forks?)
                       .includes_associations
                       .order(current_order.sql)
                       .page(params[:page]).to_a # expect: prunes [ar63h] cross
  end

  private

  def find_project
    @project = Campaign.strict_loading.find_for_show!(params[:id]) # expect: scans-all [ar63i] cross
  end

  def show_forks?
    params[:show_forks].present? && params[:show_forks] == "true"
  end

  def current_order
    @current_order ||= Campaign::Order.new(order: params[:order])
  end
end
