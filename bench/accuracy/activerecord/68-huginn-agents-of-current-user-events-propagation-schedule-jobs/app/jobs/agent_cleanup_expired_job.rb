class AgentCleanupExpiredJob < ActiveJob::Base
  def perform
    Lead.cleanup_expired!
  end
end
