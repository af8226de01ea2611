class PurgeEventsJob < ApplicationJob
  def perform(submission_id)
    AgentOutput.where(lead_id: submission_id).delete_all # expect: scans-all [ar79w]
  end
end
