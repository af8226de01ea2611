class TypingIndicatorCleanupJob < ApplicationJob
  def perform
    AgentOutput.where(kind: "typing").where(created_at: ...1.hour.ago).delete_all # expect: prunes [ar53m]
  end
end
