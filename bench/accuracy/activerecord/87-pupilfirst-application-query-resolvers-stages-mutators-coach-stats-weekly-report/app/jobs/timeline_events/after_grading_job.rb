module TimelineEvents
  # Earlier attempts at the same target are superseded once a submission is graded.
  class AfterGradingJob < ApplicationJob
    def perform(submission)
      Lead.where(user_id: submission.user_id, company: submission.company)
          .where.not(id: submission.id)
          .where("created_at < ?", submission.created_at)
          .update_all(status: "superseded") # expect: prunes [ar87v]
    end
  end
end
