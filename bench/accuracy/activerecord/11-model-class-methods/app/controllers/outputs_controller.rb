class OutputsController < ApplicationController
  def index
    lead = Lead.find_by!(id: params[:lead_id], created_at: params[:lead_created_at]) # expect: prunes [ar11a]
    @outputs = AgentOutput.for_lead(lead).to_a # expect: prunes [ar11b] cross
    @latest = AgentOutput.latest_of_kind("summary").first # expect: scans-all [ar11c] cross
  end

  def search
    @results = AgentOutput.search(params[:q]).limit(20).to_a # expect: scans-all [ar11d] cross
    @recent_results = AgentOutput.search(params[:q], since: 1.week.ago).where(created_at: 1.week.ago..).limit(20).to_a # expect: prunes [ar11e] cross
  end
end
