class WorkerStatusController < ApplicationController
  def show
    events = current_user.events
    if params[:since_id].present?
      since_id = params[:since_id].to_i
      events = events.where("leads.id > ?", since_id)
    end
    result = events.select("COUNT(id) AS count", "MIN(id) AS min_id", "MAX(id) AS max_id").reorder(Arel.sql("min(created_at)")).first # expect: scans-all [ar68y] cross
    render json: { event_count: result.count, max_id: result.max_id || 0 }
  end
end
