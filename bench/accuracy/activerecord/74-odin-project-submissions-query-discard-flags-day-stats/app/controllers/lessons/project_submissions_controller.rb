module Lessons
  class ProjectSubmissionsController < ApplicationController
    def index
      query = LessonProjectSubmissionsQuery.new(lesson_id: params[:lesson_id], current_user:, limit: params[:limit] || 15)
      @current_user_submission = query.current_user_submission
      @project_submissions = query.public_submissions.to_a # expect: scans-all [ar74g] cross
    end
  end
end
