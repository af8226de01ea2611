class Dashboard::OutputsController < Dashboard::BaseController
  include Dashboard::ExpectsDateRange

  def index
    render json: outputs_by_day
  end

  private

  def outputs_by_day
    AgentOutput.where(lead_id: lead.id)
               .where(created_at: start_date.beginning_of_day..end_date.end_of_day)
               .group("date(agent_outputs.created_at)")
               .count # expect: prunes [ar44e] cross
  end
end
