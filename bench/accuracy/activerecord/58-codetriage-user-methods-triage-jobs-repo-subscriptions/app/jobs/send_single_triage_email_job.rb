class SendSingleTriageEmailJob < ApplicationJob
  def perform(id, create: false)
    repo_sub = Campaign.includes(:user).find(id) # expect: scans-all [ar58p]
    IssueAssigner.new(repo_sub.user, [repo_sub]).assign!
    return unless assignment(repo_sub)

    assignment.update!(status: "delivered") # expect: scans-all [ar58s]
    UserMailer.send_triage(user: repo_sub.user, assignment: assignment, create: create).deliver_later
  end

  private

  def assignment(repo_sub = nil)
    raise ArgumentError if repo_sub.nil? && @assignment.nil?

    @assignment ||= repo_sub.user.leads.order(:created_at).where(campaigns: { name: repo_sub.name }).last # expect: scans-all [ar58r]
  end
end
