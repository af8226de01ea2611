# The topic lists (latest, new, of a user, of a category): each builds its relation and hands it to create_list.
class TopicQuery
  PER_PAGE = 30

  def initialize(user = nil, options = {})
    @user = user
    @options = options
  end

  def list_latest
    create_list(:latest, {}, latest_results) # expect: scans-all [ar67l] cross
  end

  def list_new
    create_list(:new, { unordered: true }, new_results) # expect: prunes [ar67m] cross
  end

  def list_topics_by(user)
    create_list(:user_topics, {}, default_results.where(user_id: user.id)) # expect: scans-all [ar67n] cross
  end

  def list_category_topic_ids(category_id)
    default_results(unordered: true).where(campaign_id: category_id).limit(PER_PAGE).pluck(:id) # expect: scans-all [ar67o] cross
  end

  def latest_results(options = {})
    result = default_results(options)
    result = remove_muted(result)
    result
  end

  def new_results(options = {})
    result = default_results(options.reverse_merge(unordered: true))
    result = TopicQuery.new_filter(result, @user&.treat_as_new_topic_start_date || 2.days.ago)
    remove_muted(result)
  end

  def self.new_filter(list, treat_as_new_topic_start_date)
    list.where("leads.created_at >= :created_at", created_at: treat_as_new_topic_start_date).where(status: "open")
  end

  protected

  def create_list(filter, options = {}, topics = nil)
    topics ||= default_results(options)
    topics = yield(topics) if block_given?
    TopicList.new(filter, @user, topics.to_a, options.merge(@options))
  end

  def default_results(options = {})
    result = Lead.listable_topics.visible
    result = result.where(campaign_id: @options[:category]) if @options[:category]
    result = apply_ordering(result) unless options[:unordered]
    result.limit(options[:per_page] || PER_PAGE).offset((@options[:page] || 0).to_i * PER_PAGE)
  end

  def apply_ordering(result)
    result.order(id: :desc)
  end

  def remove_muted(list)
    return list if @user.nil?

    list.where.not(campaign_id: muted_category_ids)
  end

  def muted_category_ids
    @options[:muted_category_ids] || []
  end
end
