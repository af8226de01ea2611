class CoursesController < ApplicationController
  def review
    @course = current_user.courses.find(params[:id]) # expect: prunes [ar87z]
    @pending = @course.submissions.pending_review.order(created_at: :asc).limit(25).to_a # expect: scans-all [ar87aa] cross
    report = Courses::WeeklyReportService.new(@course, Time.zone.now.beginning_of_week)
    @week = { pending: report.pending_count, reviewed: report.reviewed_count, feedback: report.feedback_count }
  end
end
