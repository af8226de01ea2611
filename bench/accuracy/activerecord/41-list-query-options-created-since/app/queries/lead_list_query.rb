# One entry point per list; every list goes through create_list, which applies the options.
class LeadListQuery
  def initialize(user, options = {})
    @user = user
    @options = options
  end

  def list_latest
    create_list { |leads| leads.order(created_at: :desc) }
  end

  def list_recent
    create_list(since: 7.days.ago) { |leads| leads.order(created_at: :desc) }
  end

  private

  def create_list(options = {})
    result = default_results(options)
    result = yield(result) if block_given?
    result.limit(@options[:per_page] || 30)
  end

  def default_results(options = {})
    result = Lead.where(user_id: @user.id)
    since = options[:since] || @options[:since]
    result = result.where("leads.created_at >= ?", since) if since
    result = result.where(status: @options[:status]) if @options[:status].present?
    result
  end
end
