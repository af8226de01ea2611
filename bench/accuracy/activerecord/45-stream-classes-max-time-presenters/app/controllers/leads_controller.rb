class LeadsController < ApplicationController
  def show
    @lead = LeadService.new(current_user).find!(params[:id])
    render json: @lead
  end

  def expire
    lead = current_user.leads.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar45i]
    lead.expire!
    head :no_content
  end
end
