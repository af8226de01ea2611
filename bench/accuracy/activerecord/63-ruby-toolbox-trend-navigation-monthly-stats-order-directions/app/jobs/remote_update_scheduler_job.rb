# Spreads the project updates over the day: each hourly run enqueues a twenty-fourth of the projects.
class RemoteUpdateSchedulerJob < ApplicationJob
  def perform
    Campaign.update_batch.pluck(:id).each do |id| # expect: scans-all [ar63s] cross
      ProjectUpdateJob.perform_later(id)
    end
  end
end
