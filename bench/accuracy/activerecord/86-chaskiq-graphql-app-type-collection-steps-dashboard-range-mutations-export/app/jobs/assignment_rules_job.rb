# Applies an app's default assignment rule to the unassigned, still open conversations.
class AssignmentRulesJob < ApplicationJob
  def perform(app_id, agent_email)
    app = User.find(app_id)
    app.conversations.opened.unassigned.update_all(email: agent_email) # expect: scans-all [ar86af] cross
  end
end
