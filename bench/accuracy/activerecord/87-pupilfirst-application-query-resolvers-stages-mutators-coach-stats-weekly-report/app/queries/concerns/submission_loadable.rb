module SubmissionLoadable
  def submission
    @submission ||= Lead.find_by(id: submission_id) # expect: scans-all [ar87n]
  end
end
