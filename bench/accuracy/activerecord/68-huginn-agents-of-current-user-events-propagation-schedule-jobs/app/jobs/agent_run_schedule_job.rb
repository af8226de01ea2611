class AgentRunScheduleJob < ActiveJob::Base
  def perform(time)
    Campaign.run_schedule(time)
  end
end
