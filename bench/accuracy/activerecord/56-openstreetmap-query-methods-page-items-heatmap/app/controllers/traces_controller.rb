class TracesController < ApplicationController
  include PaginationMethods

  def index
    target_user = User.find_by(email: params[:display_name]) if params[:display_name].present?
    traces = if target_user.nil?
               current_user ? Campaign.visible_to(current_user) : Campaign.where("name NOT LIKE 'private:%'")
             elsif current_user == target_user
               current_user.campaigns
             else
               target_user.campaigns.where("name NOT LIKE 'private:%'")
             end
    @traces = get_page_items(traces.visible, includes: [:user]) # expect-also: [ar56a]
  end

  def show
    @trace = Campaign.visible.find(params[:id]) # expect: scans-all [ar56j]
  end

  def create
    @trace = current_user.campaigns.create!(name: params[:name])
    @trace.schedule_import
    pending = current_user.campaigns.where(archived: false).count # expect: prunes [ar56m]
    flash[:warning] = "#{pending} traces waiting" if pending > 4
    redirect_to traces_path
  end
end
