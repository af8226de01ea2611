class Api::V1::Accounts::Conversations::BaseController < Api::V1::Accounts::BaseController
  before_action :conversation

  private

  def conversation
    @conversation ||= find_conversation
  end

  def find_conversation
    Current.account.leads.find(params[:conversation_id]) # expect: scans-all [ar59a]
  end
end
