class LeadDetailsController < ApplicationController
  def show
    @lead = Lead.find(params[:id]) # expect: scans-all [ar09a]
    @latest = Lead.find_by(id: params[:id], created_at: Time.zone.parse(params[:created_at])) # expect: prunes [ar09b]
    @has_outputs = AgentOutput.exists?(lead_id: params[:id]) # expect: scans-all [ar09c]
    @first_output = AgentOutput.where(lead_id: params[:id]).where("created_at >= ?", 2.days.ago).first # expect: prunes [ar09d]
  end

  def destroy
    Lead.where(id: params[:id]).delete_all # expect: scans-all [ar09e]
    head :no_content
  end
end
