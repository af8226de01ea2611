class LeadsController < ApplicationController
  def index
    @leads = LeadsFinder.new(current_user, finder_params).execute.limit(50) # expect: scans-all [ar26a] cross
  end

  def outputs
    @outputs = AgentOutputsFinder.new(month: Date.current, kind: params[:kind]).execute.limit(100) # expect: prunes [ar26b] cross
  end

  def export
    leads = LeadsFinder.new(current_user, status: "won").execute
    send_data leads.pluck(:email).join("\n") # expect: scans-all [ar26c] cross
  end

  private

  def finder_params
    params.permit(:status, :created_after, :search)
  end
end
