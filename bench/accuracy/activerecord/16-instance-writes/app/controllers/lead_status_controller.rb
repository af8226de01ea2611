class LeadStatusController < ApplicationController
  def update
    lead = Lead.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar16a]
    lead.update!(status: params[:status]) # expect: scans-all [ar16b]
    head :no_content
  end

  def bulk_update
    Lead.where(id: params[:ids], created_at: params[:from]..params[:to]).update_all(status: params[:status]) # expect: prunes [ar16c]
    head :no_content
  end
end
