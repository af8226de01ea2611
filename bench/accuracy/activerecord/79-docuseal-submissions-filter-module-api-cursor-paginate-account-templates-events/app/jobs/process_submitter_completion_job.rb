class ProcessSubmitterCompletionJob < ApplicationJob
  def perform(params = {})
    submission = Lead.find(params["submission_id"]) # expect: scans-all [ar79s]
    submission.submission_events.create!(kind: "complete_form", created_at: Time.current)
    submission.update!(status: "completed") # expect: scans-all [ar79t]
    completed_today = Lead.completed.where(user_id: submission.user_id)
                          .where(created_at: Time.current.all_day).count # expect: prunes [ar79u] cross
    Rails.logger.info("account #{submission.user_id}: #{completed_today} completed today")
  end
end
