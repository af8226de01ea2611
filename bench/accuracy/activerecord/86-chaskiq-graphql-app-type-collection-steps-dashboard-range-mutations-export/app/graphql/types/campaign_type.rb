module Types
  class CampaignType < Types::BaseObject
    field :name, String, null: true
    field :conversations_this_month, Integer, null: true

    def conversations_this_month
      object.conversations.where(created_at: Time.current.all_month).count # expect: prunes [ar86ab]
    end
  end
end
