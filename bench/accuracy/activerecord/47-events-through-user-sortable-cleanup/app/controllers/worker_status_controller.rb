class WorkerStatusController < ApplicationController
  def show
    outputs = current_user.agent_outputs

    if params[:since_id].present?
      outputs = outputs.where("agent_outputs.id > ?", params[:since_id].to_i)
    end

    result = outputs.select("COUNT(agent_outputs.id) AS count", "MIN(agent_outputs.id) AS min_id", "MAX(agent_outputs.id) AS max_id")
                    .reorder(Arel.sql("min(agent_outputs.created_at)")).first # expect: scans-all [ar47f]

    render json: { output_count: result.count, max_id: result.max_id || 0 }
  end
end
