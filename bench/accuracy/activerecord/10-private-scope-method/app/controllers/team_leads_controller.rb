class TeamLeadsController < ApplicationController
  def index
    @leads = team_leads.where(created_at: 30.days.ago..).order(created_at: :desc).to_a # expect: prunes [ar10a] cross
  end

  def export
    send_data team_leads.pluck(:email).join("\n") # expect: scans-all [ar10b] cross
  end

  private

  def team_leads
    Lead.where(user_id: current_user.id)
  end
end
