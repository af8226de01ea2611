module Workers
  class ExpireLeads < Base
    sidekiq_options queue: :low

    def perform(user_id)
      user = User.find(user_id)
      user.leads.where(status: "new").find_each(batch_size: 200) do |lead| # expect: scans-all [ar45c]
        lead.expire! if lead.created_at < 90.days.ago
      end
    end
  end
end
