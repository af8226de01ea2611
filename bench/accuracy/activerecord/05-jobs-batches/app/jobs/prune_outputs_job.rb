class PruneOutputsJob < ApplicationJob
  queue_as :maintenance

  def perform(days = 90)
    AgentOutput.where("created_at < ?", days.days.ago).in_batches(of: 1_000).delete_all # expect: prunes [ar05a]
    Lead.where(status: "stale").update_all(status: "archived") # expect: scans-all [ar05b]
  end
end
