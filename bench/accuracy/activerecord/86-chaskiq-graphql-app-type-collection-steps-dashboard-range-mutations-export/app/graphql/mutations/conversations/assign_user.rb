module Mutations
  module Conversations
    class AssignUser < Mutations::BaseMutation
      field :conversation, Types::ConversationType, null: false
      argument :app_key, String, required: true
      argument :conversation_id, String, required: true
      argument :agent_email, String, required: true

      def resolve(app_key:, conversation_id:, agent_email:)
        app = find_app(app_key)
        conversation = app.conversations.opened.find_by!(company: conversation_id) # expect: scans-all [ar86r] cross
        conversation.assign_agent(context[:agents_by_email].fetch(agent_email))
        { conversation: conversation }
      end
    end
  end
end
