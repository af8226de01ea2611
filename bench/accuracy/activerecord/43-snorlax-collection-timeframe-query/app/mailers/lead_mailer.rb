class LeadMailer < ApplicationMailer
  def digest(user)
    @user = user
    @leads = LeadQuery.filter(chain: LeadQuery.visible_to(user: user), params: { status: "recent" }).limit(20).to_a # expect: prunes [ar43d] cross
    mail(to: user.email, subject: "New leads this week")
  end
end
