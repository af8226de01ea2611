# Reminds the attendees of tomorrow's workshops and asks yesterday's for feedback.
class WorkshopReminderJob < ApplicationJob
  def perform
    Lead.where(created_at: Time.zone.now..24.hours.from_now).find_each do |workshop| # expect: prunes [ar81ae]
      InvitationManager.new(workshop).send_reminders
    end
    Lead.completed_since_yesterday.each do |workshop| # expect: prunes [ar81af] cross
      Rails.logger.info("feedback #{workshop.id}")
    end
  end
end
