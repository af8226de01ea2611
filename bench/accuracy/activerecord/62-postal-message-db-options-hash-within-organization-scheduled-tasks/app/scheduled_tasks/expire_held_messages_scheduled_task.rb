# Held messages that nobody released within a week are cancelled.
class ExpireHeldMessagesScheduledTask < ApplicationScheduledTask
  def call
    Campaign.all.each do |server| # expect: scans-all [ar62z]
      messages = server.message_db.messages(where: { held: true, timestamp: { less_than: 7.days.ago } }) # expect: prunes [ar62aa] cross
      messages.each(&:cancel_hold)
    end
  end
end
