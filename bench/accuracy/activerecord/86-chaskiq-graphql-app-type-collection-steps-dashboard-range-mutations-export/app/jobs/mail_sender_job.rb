class MailSenderJob < ApplicationJob
  def perform(campaign_id)
    campaign = Campaign.find(campaign_id) # expect: scans-all [ar86z]
    return if campaign.archived?

    open_threads = campaign.conversations.opened.count # expect: scans-all [ar86ac] cross
    CampaignMailer.with(campaign: campaign, open_threads: open_threads).newsletter.deliver_later
  end
end
