class LeadDigestJob < ApplicationJob
  queue_as :low

  def perform(lead_ids)
    Lead.where(id: lead_ids).find_each(batch_size: 100) do |lead| # expect: scans-all [ar31d]
      DigestMailer.with(lead: lead).digest.deliver_later
    end
  end
end
