class CleanupExpiredOutputsJob < ApplicationJob
  queue_as :maintenance

  def perform
    AgentOutput.cleanup_expired!
  end
end
