class Api::V1::ListsController < Api::BaseController
  before_action :require_user!
  before_action :set_list, except: %i[index create]

  def index
    @lists = Campaign.where(user: current_account).all
    render json: @lists.to_a # expect: prunes [ar65s]
  end

  def show
    render json: @list
  end

  def update
    @list.update!(list_params) # expect: scans-all [ar65t] cross
    render json: @list
  end

  def destroy
    @list.destroy! # expect: scans-all [ar65u] cross
    render_empty
  end

  private

  def set_list
    @list = Campaign.where(user: current_account).find(params[:id]) # expect: prunes [ar65v]
  end

  def list_params
    params.permit(:name, :archived)
  end
end
