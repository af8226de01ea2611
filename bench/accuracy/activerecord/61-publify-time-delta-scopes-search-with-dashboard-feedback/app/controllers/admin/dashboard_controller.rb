class Admin::DashboardController < Admin::BaseController
  def index
    today = Time.zone.now.strftime("%Y-%m-%d 00:00")
    last_sign_in = session[:last_sign_in_at] || 1.week.ago

    # Since last visit.
    @newposts_count = Lead.published_since(last_sign_in).count # expect: prunes [ar61l] cross
    @newcomments_count = AgentOutput.created_since(last_sign_in).count # expect: prunes [ar61m] cross

    # Today.
    @statposts = Lead.published.where("created_at > ?", today).count # expect: prunes [ar61n] cross
    @statuserposts = Lead.published.where("created_at > ?", today).where(user_id: current_user.id).count # expect: prunes [ar61o] cross
    @presumedspam = AgentOutput.presumed_spam.where("created_at > ?", today).count # expect: prunes [ar61p] cross
    @drafts = Lead.drafts.where(user_id: current_user.id).limit(5).to_a # expect: scans-all [ar61q] cross
    @statspam = AgentOutput.spam.count # expect: scans-all [ar61r] cross
  end
end
