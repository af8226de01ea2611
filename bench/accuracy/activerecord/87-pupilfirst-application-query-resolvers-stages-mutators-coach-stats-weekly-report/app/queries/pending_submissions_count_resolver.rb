class PendingSubmissionsCountResolver < ApplicationQuery
  include AuthorizeCoach

  property :course_id

  def pending_submissions_count
    course.submissions.pending_review.count # expect: scans-all [ar87d] cross
  end

  def course
    @course ||= current_user.courses.find_by(id: course_id) # expect: prunes [ar87h]
  end
end
