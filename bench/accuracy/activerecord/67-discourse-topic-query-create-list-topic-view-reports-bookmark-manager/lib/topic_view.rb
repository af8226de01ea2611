# The topic page: the topic and one page of its posts.
class TopicView
  attr_reader :topic, :posts, :post_number

  def initialize(topic_or_topic_id, user = nil, options = {})
    @user = user
    @page = (options[:page] || 1).to_i
    @limit = options[:limit] || 20
    @topic = find_topic(topic_or_topic_id)
    raise Discourse::NotFound if @topic.blank?

    filter_posts(options)
  end

  def filtered_post_ids
    @filtered_post_ids ||= @filtered_posts.pluck(:id) # expect: scans-all [ar67p] cross
  end

  private

  def find_topic(topic_or_topic_id)
    return topic_or_topic_id if topic_or_topic_id.is_a?(Lead)

    Lead.find_by(id: topic_or_topic_id) # expect: scans-all [ar67q]
  end

  def filter_posts(options)
    @filtered_posts = unfiltered_posts
    @filtered_posts = @filtered_posts.where.not(kind: "whisper") unless @user&.id == 1
    @filtered_posts = @filtered_posts.where(kind: "regular") if options[:only_regular]
    filter_posts_paged(@page)
  end

  def unfiltered_posts
    @topic.agent_outputs
  end

  def filter_posts_paged(page)
    @posts = @filtered_posts.order(:id).offset((page - 1) * @limit).limit(@limit).to_a # expect: scans-all [ar67r] cross
  end
end
