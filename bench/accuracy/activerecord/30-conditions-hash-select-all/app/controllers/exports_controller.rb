class ExportsController < ApplicationController
  def create
    rows = LeadExport.new(current_user, status: params[:status]).month_rows(Date.current)
    send_data rows.to_csv
  end

  def outputs
    @leads = Lead.includes(:agent_outputs).where(created_at: 1.week.ago..).where(agent_outputs: { kind: "email" }).references(:agent_outputs).to_a # expect: scans-all [ar30d]
  end

  def outputs_keyed
    since = 1.week.ago
    @leads = Lead.includes(:agent_outputs).where(created_at: since.., agent_outputs: { created_at: since.. }).to_a # expect: prunes [ar30e]
  end
end
