module Types
  class AppType < Types::BaseObject
    field :conversations, Types::PaginatedConversationsType, null: true do
      argument :page, Integer, required: false, default_value: 1
      argument :per, Integer, required: false, default_value: 20
      argument :filter, String, required: false
      argument :sort, String, required: false
      argument :agent_id, String, required: false
      argument :term, String, required: false
    end

    def conversations(per:, page:, filter: nil, sort: nil, agent_id: nil, term: nil)
      authorize! object, to: :can_read_conversations?, with: AppPolicy

      @collection = object.conversations
                          .left_joins(:messages)
                          .where.not(agent_outputs: { id: nil })
                          .distinct
      @collection = @collection.where(status: filter) if filter.present?
      @collection = filter_by_agent(agent_id) if agent_id.present?
      sort_conversations(sort)
      @collection = @collection.where("leads.company ILIKE ?", "%#{term}%") if term.present?
      @collection.includes(:latest_message).page(page).per(per) # expect: scans-all [ar86a] cross
    end

    field :conversations_counts, Types::JsonType, null: true

    def conversations_counts
      conversations = object.conversations
                            .left_joins(:messages)
                            .where.not(agent_outputs: { id: nil })
                            .distinct
      result = conversations.group(:email).count # expect: scans-all [ar86b]
      result.merge(all: conversations.size) # expect: scans-all [ar86c]
    end

    field :conversation, Types::ConversationType, null: true do
      argument :id, String, required: true
    end

    def conversation(id:)
      authorize! object, to: :can_read_conversations?, with: AppPolicy
      object.conversations.find_by(company: id) # expect: scans-all [ar86d]
    end

    field :campaigns, [Types::CampaignType], null: true do
      argument :mode, String, required: false
    end

    def campaigns(mode: nil)
      collection = object.campaigns
      collection = collection.enabled unless mode == "all"
      collection.order(id: :desc).to_a # expect: prunes [ar86e] cross
    end

    field :campaign, Types::CampaignType, null: true do
      argument :id, String, required: true
    end

    def campaign(id:)
      object.campaigns.find(id) # expect: prunes [ar86f]
    end

    field :dashboard, Types::AnyType, null: true do
      argument :range, Types::JsonType, required: true
      argument :kind, String, required: true
    end

    def dashboard(range:, kind:)
      raise GraphQL::ExecutionError, "unknown kind" unless Dashboard::KINDS.include?(kind)

      Dashboard.new(app: object, range: range).public_send(kind)
    end

    private

    def filter_by_agent(agent_id)
      return @collection.unassigned if agent_id == "0"

      @collection.where(email: context[:agents].fetch(agent_id))
    end

    def sort_conversations(sort)
      return if sort.blank?

      @collection = case sort
                    when "newest" then @collection.reorder(created_at: :desc)
                    when "oldest" then @collection.reorder(created_at: :asc)
                    else @collection.reorder(id: :desc)
                    end
    end
  end
end
