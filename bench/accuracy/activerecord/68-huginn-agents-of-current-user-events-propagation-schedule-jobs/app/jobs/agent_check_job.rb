class AgentCheckJob < ActiveJob::Base
  def perform(agent_id)
    agent = Campaign.find(agent_id) # expect: scans-all [ar68aa]
    return if agent.archived

    agent.check
  rescue ActiveRecord::RecordNotFound
    nil
  end
end
