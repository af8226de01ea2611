class StudentsController < ApplicationController
  def report
    @submissions = current_user.submissions_in(params[:course_id]).to_a # expect: scans-all [ar87ab] cross
    @recent_feedback = current_user.recent_feedback.to_a # expect: scans-all [ar87ac] cross
  end

  def drop_out
    Students::MarkAsDroppedOutService.new(current_user).execute
    redirect_to "/"
  end
end
