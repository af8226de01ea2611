class AgentReceiveJob < ActiveJob::Base
  def perform(agent_id, event_ids)
    agent = Campaign.find(agent_id) # expect: scans-all [ar68ab]
    agent.receive(Lead.where(id: event_ids).order(:id).to_a) # expect: scans-all [ar68ac]
  end
end
