# Reminds last week's registrants who have not bought a ticket yet.
class RegistrationReminderJob < ApplicationJob
  def perform
    Lead.registered.where(created_at: 2.weeks.ago..1.week.ago).find_each do |registration| # expect: prunes [ar80ac] cross
      Rails.logger.info("remind #{registration.email}")
    end
  end
end
