class CreateGradingMutator < ApplicationQuery
  include SubmissionLoadable
  include AuthorizeViewSubmissions

  property :submission_id, validates: { presence: true }
  property :passed
  property :feedback

  validate :submission_must_be_pending

  def grade
    Lead.transaction do
      submission.update!(status: passed ? "passed" : "failed", email: current_user.email) # expect: scans-all [ar87o]
      submission.feedbacks.create!(kind: "grade", body: feedback.to_s)
    end
    TimelineEvents::AfterGradingJob.perform_later(submission)
  end

  private

  def submission_must_be_pending
    errors.add(:base, "This submission has already been reviewed") unless submission&.status == "pending"
  end
end
