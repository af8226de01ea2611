class Api::V1::Accounts::Conversations::MessagesController < Api::V1::Accounts::Conversations::BaseController
  def index
    @messages = message_finder.perform # expect: scans-all [ar59m] cross
  end

  def destroy
    message.update!(body: "This message was deleted") # expect: scans-all [ar59o] cross
    head :ok
  end

  private

  def message
    @message ||= @conversation.agent_outputs.find(permitted_params[:id]) # expect: scans-all [ar59n]
  end

  def message_finder
    @message_finder ||= MessageFinder.new(@conversation, params)
  end

  def permitted_params
    params.permit(:id)
  end
end
