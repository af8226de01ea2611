class Messages::BoostsController < ApplicationController
  before_action :set_message

  def index
    @boosts = @message.boosts.order(:created_at).to_a # expect: scans-all [ar69s] cross
  end

  def destroy
    @message.boosts.find(params[:id]).destroy! # expect: scans-all [ar69p] cross
    head :no_content
  end

  private

  def set_message
    @message = Current.user.reachable_messages.find(params[:message_id]) # expect: scans-all [ar69o] cross
  end
end
