module Mutations
  module Campaigns
    class Pause < Mutations::BaseMutation
      field :paused, Integer, null: false
      argument :app_key, String, required: true
      argument :id, String, required: true

      def resolve(app_key:, id:)
        { paused: find_app(app_key).campaigns.where(id: id).update_all(archived: true) } # expect: prunes [ar86v]
      end
    end
  end
end
