class Dashboard
  KINDS = %w[opened_conversations solved_conversations conversations_by_day incoming_messages outgoing_messages resolution_avg].freeze

  attr_accessor :app, :range

  def initialize(app:, range:)
    @app = app
    @range = (DateTime.parse(range[:from])..DateTime.parse(range[:to]))
  end

  def opened_conversations
    conversations_in_range.opened.count # expect: prunes [ar86g] cross
  end

  def solved_conversations
    conversations_in_range.where(status: "closed").count # expect: prunes [ar86h] cross
  end

  def conversations_by_day
    conversations_in_range.group(Arel.sql("date_trunc('day', created_at)")).count # expect: prunes [ar86aa] cross
  end

  def incoming_messages
    parts_in_range.from_users.count # expect: scans-all [ar86i] cross
  end

  def outgoing_messages
    app.conversation_parts.from_agents.where(created_at: range).count # expect: scans-all [ar86j] cross
  end

  def resolution_avg
    started = conversations_in_range.where(status: "closed").pluck(:created_at) # expect: prunes [ar86k] cross
    return 0 if started.empty?

    started.sum { |t| Time.current - t } / started.size
  end

  private

  def conversations_in_range
    app.conversations.where(created_at: range)
  end

  def parts_in_range
    AgentOutput.joins(:conversation).where(leads: { user_id: app.id }).where(created_at: range)
  end
end
