namespace :schedule do
  task expire_assignments: :environment do
    Lead.queue_mark_old_as_expired!
  end

  task user_emails: :environment do
    User.find_each { |user| SendDailyTriageEmailJob.perform_later(user.id) }
  end
end
