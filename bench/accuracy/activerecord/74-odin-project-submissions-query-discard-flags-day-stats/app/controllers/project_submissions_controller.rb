class ProjectSubmissionsController < ApplicationController
  before_action :set_project_submission, only: %i[update destroy]

  DAILY_LIMIT = 10

  def create
    if current_user.project_submissions.created_today.count >= DAILY_LIMIT # expect: prunes [ar74h] cross
      return head :too_many_requests
    end

    @project_submission = current_user.project_submissions.create!(project_submission_params.merge(created_at: Time.current))
    render json: @project_submission
  end

  def update
    @project_submission.update(project_submission_params) # expect: scans-all [ar74i] cross
    render json: @project_submission
  end

  def destroy
    @project_submission.destroy # expect: scans-all [ar74j] cross
    head :no_content
  end

  private

  def set_project_submission
    @project_submission = current_user.project_submissions.find(params[:id]) # expect: scans-all [ar74k]
  end

  def project_submission_params
    params.require(:project_submission).permit(:company, :email, :status)
  end
end
