class StaleLeadsWorker
  include Sidekiq::Worker

  def perform(user_id)
    user = User.find(user_id)
    LeadsFinder.new(user, created_after: 1.week.ago, status: "new").execute.each do |lead| # expect: prunes [ar26d] cross
      NudgeMailer.with(lead: lead).nudge.deliver_later
    end
  end
end
