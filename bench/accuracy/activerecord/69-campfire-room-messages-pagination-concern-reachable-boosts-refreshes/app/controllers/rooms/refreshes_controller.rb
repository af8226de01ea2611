class Rooms::RefreshesController < ApplicationController
  include RoomScoped

  before_action :set_last_updated_at

  def show
    @new_messages = @room.messages.with_creator.page_created_since(@last_updated_at) # expect: prunes [ar69m] cross
  end

  private

  def set_last_updated_at
    @last_updated_at = Time.at(0, params.require(:since).to_i, :millisecond)
  end
end
