module Mutations
  module Campaigns
    class Update < Mutations::BaseMutation
      field :campaign, Types::CampaignType, null: false
      argument :app_key, String, required: true
      argument :id, String, required: true
      argument :name, String, required: true

      def resolve(app_key:, id:, name:)
        campaign = find_app(app_key).campaigns.find(id) # expect: prunes [ar86t]
        campaign.update(name: name) # expect: scans-all [ar86u]
        { campaign: campaign }
      end
    end
  end
end
