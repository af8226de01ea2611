class SearchesController < ApplicationController
  before_action :set_messages

  def index
  end

  private

  def set_messages
    if query = params[:q].presence
      @messages = Current.user.reachable_messages.search(query).last(100) # expect: scans-all [ar69n] cross
    else
      @messages = Lead.none
    end
  end
end
