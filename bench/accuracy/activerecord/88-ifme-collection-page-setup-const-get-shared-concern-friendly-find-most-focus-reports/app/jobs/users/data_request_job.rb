module Users
  # Builds the archive a user asked for: every moment and every comment on them.
  class DataRequestJob < ApplicationJob
    def perform(user_id)
      user = User.find(user_id)
      rows = []
      user.moments.find_each { |m| rows << [m.id, m.company, m.status, m.created_at.iso8601] } # expect: scans-all [ar88z]
      AgentOutput.where(lead_id: user.moments.select(:id)).find_each { |c| rows << [c.lead_id, c.body] } # expect: scans-all [ar88aa]
      DataRequestMailer.with(user: user, rows: rows).archive.deliver_later
    end
  end
end
