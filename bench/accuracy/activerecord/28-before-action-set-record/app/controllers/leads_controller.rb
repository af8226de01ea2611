class LeadsController < ApplicationController
  before_action :set_lead, only: %i[show update]
  before_action :set_dated_lead, only: %i[archive]

  def show
    @outputs = @lead.agent_outputs.where(created_at: @lead.created_at..).order(created_at: :desc) # expect: prunes [ar28a] cross
  end

  def update
    if @lead.update(lead_params) # expect: scans-all [ar28b] cross
      redirect_to @lead
    else
      render :edit
    end
  end

  def archive
    @lead.update_columns(status: "archived") # expect: scans-all [ar28c] cross
    head :no_content
  end

  private

  def set_lead
    @lead = current_user.leads.find(params[:id]) # expect: scans-all [ar28d]
  end

  def set_dated_lead
    @lead = current_user.leads.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar28e]
  end

  def lead_params
    params.require(:lead).permit(:company, :email, :status)
  end
end
