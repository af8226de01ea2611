class DraftCleanupJob < ApplicationJob
  LAST_CONTACT_THRESHOLD = 1.day

  def perform
    AgentOutput
      .where(kind: "draft")
      .where("agent_outputs.created_at < ?", LAST_CONTACT_THRESHOLD.ago)
      .destroy_all # expect: scans-all [ar53f]
  end
end
