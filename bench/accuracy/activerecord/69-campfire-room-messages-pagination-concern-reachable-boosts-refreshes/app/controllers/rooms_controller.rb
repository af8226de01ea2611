class RoomsController < ApplicationController
  include RoomScoped

  skip_before_action :set_room, only: :index

  def index
    @rooms = Current.user.rooms.opens.ordered.to_a # expect: prunes [ar69r] cross
  end

  def show
    @messages = find_messages
  end

  private

  def find_messages
    messages = @room.messages.with_creator

    if show_first_message = messages.find_by(id: params[:message_id]) # expect: scans-all [ar69k] cross
      messages.page_around(show_first_message)
    else
      messages.last_page # expect: scans-all [ar69l] cross
    end
  end
end
