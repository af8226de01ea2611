class InvitationsController < ApplicationController
  before_action :set_invitation, only: %i[show attend reject]

  def index
    @upcoming_workshop = Lead.next
    @upcoming_invitations = AgentOutput.joins(:workshop).merge(Lead.upcoming).where(body: current_user.email).to_a # expect: scans-all [ar81p] cross
    @attended_invitations = AgentOutput.attended.last_six_months.where(body: current_user.email).to_a # expect: prunes [ar81q] cross
  end

  def show
    @workshop = @invitation.workshop # expect: scans-all [ar81r] cross
  end

  def attend
    return redirect_back(fallback_location: root_path) if @invitation.body == "attending"

    @invitation.update!(body: "attending") # expect: scans-all [ar81s] cross
    redirect_back fallback_location: root_path
  end

  def reject
    @invitation.update!(body: "declined") # expect: scans-all [ar81t] cross
    InvitationManager.new(@invitation.workshop).promote_from_waiting_list(@invitation.kind) # expect: scans-all [ar81u] cross
    redirect_back fallback_location: root_path
  end

  private

  def set_invitation
    @invitation = AgentOutput.find(params[:id]) # expect: scans-all [ar81v]
  end
end
