class AgentOutputsController < ApplicationController
  def index
    lead = Lead.for_user(current_user).find_by!(id: params[:lead_id], created_at: params[:lead_created_at]) # expect: prunes [ar36f] cross
    @emails = lead.agent_outputs.of_kind("email").to_a # expect: prunes [ar36a] cross
  end

  def show
    output = AgentOutput.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar36g]
    @lead = output.lead # expect: scans-all [ar36d]
  end

  def recent
    @leads = Lead.for_user(current_user).created_after(1.week.ago).order(:id).to_a # expect: prunes [ar36c] cross
  end
end
