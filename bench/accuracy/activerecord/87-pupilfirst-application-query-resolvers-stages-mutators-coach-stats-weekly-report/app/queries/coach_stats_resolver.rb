class CoachStatsResolver < ApplicationQuery
  property :coach_id
  property :course_id

  def coach_stats
    {
      reviewed_submissions: reviewed_submissions,
      pending_submissions: pending_submissions,
      reviewed_this_week: reviewed_this_week
    }
  end

  def reviewed_submissions
    Lead.joins(:course)
        .where(campaigns: { id: course.id, user_id: coach.id })
        .evaluated_by_faculty
        .count # expect: scans-all [ar87e] cross
  end

  def pending_submissions
    Lead.pending_review.where(user_id: assigned_student_ids).count # expect: scans-all [ar87f] cross
  end

  def reviewed_this_week
    course.submissions.evaluated_by_faculty.where(created_at: Time.zone.now.all_week).count # expect: prunes [ar87g] cross
  end

  def assigned_student_ids
    @assigned_student_ids ||= course.submissions.distinct.pluck(:user_id) # expect: scans-all [ar87i]
  end

  private

  def authorized?
    current_user.present? && course.present? && coach.present?
  end

  def course
    @course ||= coach&.courses&.find_by(id: course_id) # expect: prunes [ar87ad]
  end

  def coach
    @coach ||= User.find_by(id: coach_id)
  end
end
