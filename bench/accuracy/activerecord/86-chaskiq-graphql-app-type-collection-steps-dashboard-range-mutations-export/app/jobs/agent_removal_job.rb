# An agent left the app: their conversations go back to the unassigned inbox.
class AgentRemovalJob < ApplicationJob
  def perform(app_id, agent_email)
    User.find(app_id).conversations.where(email: agent_email).update_all(email: "unassigned@chaskiq.test") # expect: scans-all [ar86ad]
  end
end
