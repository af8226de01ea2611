# The "created" and "first reply" graphs of the reporting screen, one value per interval.
class Report::LeadsCreated
  def self.aggs(params)
    interval_starts(params).map do |start|
      stop = start + 1.month
      Lead.where(created_at: start...stop).where(params[:selector] || {}).count # expect: prunes [ar53i] cross
    end
  end

  def self.replies(params)
    interval_starts(params).map do |start|
      AgentOutput.where(kind: "email").where("agent_outputs.created_at >= ? AND agent_outputs.created_at < ?", start, start + 1.month).count # expect: prunes [ar53l] cross
    end
  end

  def self.interval_starts(params)
    start = params[:range_start].beginning_of_month
    (0...12).map { |n| start + n.months }.take_while { |s| s < params[:range_end] }
  end
end
