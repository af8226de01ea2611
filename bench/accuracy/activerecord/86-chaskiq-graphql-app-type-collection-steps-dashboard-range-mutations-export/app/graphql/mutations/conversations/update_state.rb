module Mutations
  module Conversations
    class UpdateState < Mutations::BaseMutation
      field :conversation, Types::ConversationType, null: false
      argument :app_key, String, required: true
      argument :conversation_id, String, required: true
      argument :state, String, required: true

      def resolve(app_key:, conversation_id:, state:)
        app = find_app(app_key)
        conversation = app.conversations.find_by(company: conversation_id) # expect: scans-all [ar86o]
        authorize! conversation, to: :can_manage_conversations?, with: AppPolicy
        state == "close" ? conversation.close! : conversation.reopen!
        { conversation: conversation }
      end
    end
  end
end
