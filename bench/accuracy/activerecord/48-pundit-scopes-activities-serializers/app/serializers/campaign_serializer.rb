class CampaignSerializer
  include JSONAPI::Serializer

  attributes :name, :archived

  attribute :latest_lead_at do |campaign|
    campaign.most_recent_lead&.created_at
  end
end
