class UndoGradingMutator < ApplicationQuery
  include SubmissionLoadable
  include AuthorizeViewSubmissions

  property :submission_id, validates: { presence: true }

  def undo_grading
    Lead.transaction do
      submission.feedbacks.grades.delete_all # expect: scans-all [ar87p] cross
      submission.update!(status: "pending") # expect: scans-all [ar87q]
    end
  end
end
