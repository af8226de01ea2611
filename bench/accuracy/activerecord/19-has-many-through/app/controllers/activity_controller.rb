class ActivityController < ApplicationController
  def index
    @outputs = current_user.agent_outputs.where(kind: "email").limit(50).to_a # expect: scans-all [ar19a]
    @recent_outputs = current_user.agent_outputs.where(created_at: 1.week.ago.., leads: { created_at: 1.month.ago.. }).to_a # expect: prunes [ar19b]
  end
end
