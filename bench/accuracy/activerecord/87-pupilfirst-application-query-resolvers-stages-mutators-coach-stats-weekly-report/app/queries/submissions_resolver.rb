class SubmissionsResolver < ApplicationQuery
  include AuthorizeCoach

  property :course_id
  property :status
  property :target
  property :submitted_after
  property :search
  property :sort_direction

  def submissions
    applicable_submissions.order(created_at: sort_direction == "Ascending" ? :asc : :desc) # expect: scans-all [ar87c] cross
  end

  def course
    @course ||= Campaign.find_by(id: course_id) # expect: scans-all [ar87b]
  end

  private

  def applicable_submissions
    stage_1 = course.submissions.live

    # Filter by target
    stage_2 = target.present? ? stage_1.where(company: target) : stage_1

    stage_3 = filter_by_status(stage_2)

    # Only what came in after a date, when the coach asks for it.
    stage_4 = submitted_after.present? ? stage_3.where(created_at: Time.zone.parse(submitted_after)..) : stage_3

    if search.present?
      stage_4.where("leads.email ILIKE ?", "%#{search}%")
    else
      stage_4
    end
  end

  def filter_by_status(submissions)
    return submissions if status.blank?

    case status
    when "Pending" then submissions.pending_review
    when "Reviewed" then submissions.evaluated_by_faculty
    else raise "Unexpected status '#{status}' encountered when resolving submissions"
    end
  end
end
