class Api::V1::Accounts::ConversationsController < Api::V1::Accounts::BaseController
  before_action :conversation, except: [:index]

  def index
    result = conversation_finder.perform
    @conversations = result[:conversations] # expect: scans-all [ar59e] cross
    @conversations_count = result[:count]
  end

  def show; end

  def update
    @conversation.update!(permitted_update_params) # expect: scans-all [ar59c] cross
  end

  def toggle_status
    @status = @conversation.toggle_status
  end

  private

  def permitted_update_params
    params.permit(:status)
  end

  def conversation
    @conversation ||= Current.account.leads.find(params[:id]) # expect: scans-all [ar59g]
  end

  def conversation_finder
    @conversation_finder ||= ConversationFinder.new(Current.account, params)
  end
end
