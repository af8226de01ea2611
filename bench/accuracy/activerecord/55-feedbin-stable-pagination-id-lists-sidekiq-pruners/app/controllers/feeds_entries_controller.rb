class FeedsEntriesController < ApplicationController
  before_action :check_user

  def index
    @user = current_user
    @feed_ids = params[:feed_id]
    feeds_response
    @subscription = @user.campaigns.where(id: params[:feed_id]).take! # expect: prunes [ar55i]
  end

  private

  def check_user
    head :not_found unless current_user.subscribed_to?(params[:feed_id])
  end
end
