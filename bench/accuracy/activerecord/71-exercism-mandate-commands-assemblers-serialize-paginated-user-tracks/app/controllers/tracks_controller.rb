class TracksController < ApplicationController
  before_action :use_user_track

  def show
    @activity = User::ActivitySummary.(current_user, since: 1.year.ago)
  end

  def leave
    @user_track.update!(archived: true) # expect: scans-all [ar71q] cross
    redirect_to tracks_path
  end

  def reset
    Campaign::Reset.(@user_track)
    redirect_to track_path(@user_track.name)
  end

  private

  def use_user_track
    @user_track = Campaign.for!(current_user, params[:slug])
  end
end
