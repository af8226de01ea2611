class LeadDigestWorker
  include Sidekiq::Job
  sidekiq_options queue: :low_priority

  def perform(user_id)
    user = User.find_by(id: user_id)
    return unless user

    Leads::FeedQuery.call(user: user, since: user.created_at || 1.week.ago, per_page: 100).each do |lead| # expect: prunes [ar37c] cross
      DigestMailer.with(lead: lead).lead_email.deliver_now
    end
  end
end
