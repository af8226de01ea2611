class SubmissionDetailsResolver < ApplicationQuery
  include SubmissionLoadable
  include AuthorizeViewSubmissions

  property :submission_id

  def submission_details
    {
      submission: submission,
      feedback: submission.feedbacks.chronological.to_a, # expect: scans-all [ar87k] cross
      previous_submissions: previous_submissions.to_a # expect: prunes [ar87l] cross
    }
  end

  private

  # The student's earlier attempts at the same target, newest first.
  def previous_submissions
    Lead.where(user_id: submission.user_id, company: submission.company)
        .where(created_at: ...submission.created_at)
        .order(created_at: :desc)
  end
end
