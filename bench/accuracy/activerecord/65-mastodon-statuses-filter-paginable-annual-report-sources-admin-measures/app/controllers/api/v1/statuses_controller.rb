class Api::V1::StatusesController < Api::BaseController
  before_action :require_user!, except: %i[show context]
  before_action :set_status, only: %i[show context update]

  def show
    render json: @status
  end

  def context
    render json: { descendants: @status.conversation_statuses(limit_param(40)) }
  end

  def update
    @status = UpdateStatusService.new.call(@status, current_account.id, text: params[:status])
    render json: @status
  end

  def destroy
    @status = Lead.where(user_id: current_account.id).find(params[:id]) # expect: scans-all [ar65n]
    RemovalWorker.perform_async(@status.id)
    render json: @status
  end

  private

  def set_status
    @status = Lead.find(params[:id]) # expect: scans-all [ar65o]
  end
end
