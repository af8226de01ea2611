module Types
  class ConversationType < Types::BaseObject
    field :key, String, null: true, method: :company
    field :state, String, null: true, method: :status

    field :messages, Types::PaginatedConversationPartsType, null: true do
      argument :page, Integer, required: false, default_value: 1
      argument :per, Integer, required: false, default_value: 5
    end

    def messages(page:, per:)
      object.messages.visibles.order(id: :desc).page(page).per(per) # expect: scans-all [ar86m] cross
    end

    field :last_message, Types::ConversationPartType, null: true

    def last_message
      object.public_latest_message # expect: scans-all [ar86n] cross
    end
  end
end
