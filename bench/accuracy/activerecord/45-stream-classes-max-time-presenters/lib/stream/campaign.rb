class Stream::Campaign < Stream::Base
  def initialize(user, campaign, opts = {})
    super(user, opts)
    @campaign = campaign
  end

  def title
    @campaign.name
  end

  def leads
    Lead.where(campaign_id: @campaign.id)
  end
end
