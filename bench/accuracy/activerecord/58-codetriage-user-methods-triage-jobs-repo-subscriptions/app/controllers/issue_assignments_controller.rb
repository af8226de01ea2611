class IssueAssignmentsController < ApplicationController
  def create
    repo_sub = current_user.campaigns.find(params[:id]) # expect: prunes [ar58k]
    SendSingleTriageEmailJob.perform_later(repo_sub.id)
    redirect_to repo_path(repo_sub.name), notice: "You will receive an email with your new issue shortly"
  end

  # get "/issue_assignments/:id/users/:user_id/click/:created_at"
  def click_issue_redirect
    assignment = Lead.find(params[:id]) # expect: scans-all [ar58i]
    if assignment.user_id.to_s == params[:user_id]
      assignment.update(status: "clicked") # expect: scans-all [ar58j]
      redirect_to "https://github.com/#{assignment.company}", allow_other_host: true
    else
      redirect_to :root
    end
  end
end
