# Financial transactions are kept for the legal retention period only.
class CleanupTransactionsJob < ApplicationJob
  RETENTION = 1.year

  def perform
    AgentOutput.where("created_at < ?", RETENTION.ago.beginning_of_month).delete_all # expect: prunes [ar76z]
  end
end
