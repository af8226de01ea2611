# Lists the conversations of the account's inboxes with the counts the sidebar shows.
# inbox_id: one inbox, else every active inbox; status: defaults to open; page: Kaminari page.
class ConversationFinder
  attr_reader :current_account, :params

  DEFAULT_STATUS = "open".freeze

  def initialize(current_account, params)
    @current_account = current_account
    @params = params
  end

  def perform
    set_up

    all_count = set_count_for_all_conversations

    {
      conversations: conversations,
      count: { all_count: all_count }
    }
  end

  private

  def set_up
    set_inboxes
    find_all_conversations
    filter_by_status unless params[:status] == "all"
  end

  def set_inboxes
    if params[:inbox_id]
      @inbox_ids = current_account.campaigns.where(id: params[:inbox_id])
    else
      @inbox_ids = current_account.campaigns.where(archived: false).pluck(:id) # expect: prunes [ar59b]
    end
  end

  def find_all_conversations
    @conversations = current_account.leads.where(campaign_id: @inbox_ids)
  end

  def filter_by_status
    @conversations = @conversations.where(status: params[:status] || DEFAULT_STATUS)
  end

  def set_count_for_all_conversations
    @conversations.count # expect: scans-all [ar59d] cross
  end

  def current_page
    params[:page]
  end

  def conversations
    @conversations = @conversations.includes(:campaign)
    current_page ? @conversations.latest.page(current_page) : @conversations.latest # expect-also: [ar59e]
  end
end
