class MessagesController < ApplicationController
  include RoomScoped

  before_action :set_message, only: %i[ show update destroy ]

  def index
    @messages = find_paged_messages

    if @messages.any?
      fresh_when @messages
    else
      head :no_content
    end
  end

  def show
    render json: @message
  end

  def update
    @message.update!(message_params) # expect: scans-all [ar69h] cross
    redirect_to room_message_url(@room, @message)
  end

  def destroy
    @message.destroy # expect: scans-all [ar69i] cross
    head :no_content
  end

  private

  def set_message
    @message = @room.messages.find(params[:id]) # expect: scans-all [ar69g] cross
  end

  def find_paged_messages
    case
    when params[:before].present?
      @room.messages.with_creator.page_before(@room.messages.find(params[:before])) # expect: scans-all [ar69b] cross
    when params[:after].present?
      @room.messages.with_creator.page_after(@room.messages.find(params[:after])) # expect: scans-all [ar69d] cross
    else
      @room.messages.with_creator.last_page # expect: scans-all [ar69f] cross
    end
  end

  def message_params
    params.require(:message).permit(:company)
  end
end
