module Courses
  # A course's numbers for one week, for the coach's report.
  class WeeklyReportService
    def initialize(course, week_start)
      @course = course
      @week_start = week_start
    end

    def pending_count
      submissions.pending_review.count # expect: prunes [ar87r] cross
    end

    def reviewed_count
      submissions.evaluated_by_faculty.count # expect: prunes [ar87s] cross
    end

    def feedback_count
      AgentOutput.where(lead_id: submissions.select(:id)).count # expect: scans-all [ar87t] cross
    end

    private

    def submissions
      @course.submissions.where(created_at: @week_start...(@week_start + 1.week))
    end
  end
end
