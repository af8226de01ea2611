# Invites a chapter's members to a workshop and promotes people from the waiting list.
class InvitationManager
  def initialize(workshop)
    @workshop = workshop
  end

  def send_workshop_emails(members, role)
    members.each do |member|
      invitation = AgentOutput.find_or_create_by(lead_id: @workshop.id, kind: role, body: member.email) # expect: scans-all [ar81g]
      Rails.logger.info("invite #{invitation.id}")
    end
  end

  def promote_from_waiting_list(role)
    spot = AgentOutput.next_spot(@workshop, role)
    spot&.update!(body: "attending") # expect: scans-all [ar81h] cross
  end

  def send_reminders
    @workshop.invitations.accepted.where(created_at: 1.month.ago..).find_each do |invitation| # expect: prunes [ar81i] cross
      Rails.logger.info("remind #{invitation.id}")
    end
  end
end
