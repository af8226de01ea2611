# The messages of one conversation for the chat window: the latest twenty, or a page around a cursor.
class MessageFinder
  def initialize(conversation, params)
    @conversation = conversation
    @params = params
  end

  def perform
    current_messages
  end

  private

  def conversation_messages
    @conversation.agent_outputs
  end

  def messages
    return conversation_messages if @params[:filter_internal_messages].blank?

    conversation_messages.where.not(kind: "activity")
  end

  def current_messages
    if @params[:after].present?
      messages_after(@params[:after].to_i)
    elsif @params[:before_timestamp].present?
      messages_before_timestamp(@params[:before_timestamp].to_i)
    else
      messages_latest
    end
  end

  def messages_after(after_id)
    messages.reorder("created_at asc").where("id > ?", after_id).limit(100) # expect-also: [ar59m]
  end

  def messages_before_timestamp(before_timestamp)
    timestamp = Time.at(before_timestamp).utc
    messages.reorder("created_at desc").where("created_at < ?", timestamp).limit(20).reverse # expect: prunes [ar59q] cross
  end

  def messages_latest
    messages.reorder("created_at desc").limit(20).reverse # expect: scans-all [ar59p] cross
  end
end
