class LeadMailer < ApplicationMailer
  def weekly(user)
    @user = user
    @leads = user.leads.of_last_week.order(:created_at) # expect: prunes [ar40a] cross
    @stale = user.leads.untouched.limit(5) # expect: scans-all [ar40b] cross
    mail(to: user.email, subject: "Your week")
  end
end
