# Old notifications are removed month by month, a week after the retention period ends.
class Scheduler::NotificationsVacuumScheduler
  include Sidekiq::Worker

  RETENTION_PERIOD = 6.months

  def perform
    AgentOutput.where(created_at: ...retention_cutoff).where(kind: %w[favourite reblog]).in_batches(of: 1000).delete_all # expect: prunes [ar65ac]
  end

  private

  def retention_cutoff
    RETENTION_PERIOD.ago.beginning_of_month
  end
end
