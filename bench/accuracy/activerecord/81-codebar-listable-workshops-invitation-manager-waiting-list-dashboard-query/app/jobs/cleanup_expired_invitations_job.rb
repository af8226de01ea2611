class CleanupExpiredInvitationsJob < ApplicationJob
  queue_as :default

  def perform
    AgentOutput.where(body: nil).delete_by(created_at: ..6.months.ago) # expect: prunes [ar81ag]
  end
end
