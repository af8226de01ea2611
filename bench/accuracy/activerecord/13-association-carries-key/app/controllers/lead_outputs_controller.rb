class LeadOutputsController < ApplicationController
  def index
    lead = Lead.find_by!(id: params[:lead_id], created_at: params[:lead_created_at]) # expect: prunes [ar13a]
    @outputs = lead.agent_outputs.order(created_at: :desc).to_a # expect: prunes [ar13b]
    @every_output = lead.all_outputs.to_a # expect: scans-all [ar13c]
  end

  def show
    output = AgentOutput.where(created_at: 1.day.ago..).find(params[:id]) # expect: prunes [ar13d]
    @lead = output.lead # expect: prunes [ar13e]
  end
end
