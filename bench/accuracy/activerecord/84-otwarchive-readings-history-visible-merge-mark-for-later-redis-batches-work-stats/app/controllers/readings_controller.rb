class ReadingsController < ApplicationController
  before_action :load_user

  def load_user
    @user = User.find_by(email: params[:user_id])
    @check_ownership_of = @user
  end

  def index
    @readings = @user.readings.visible
    @readings = @readings.to_read if params[:show] == "to-read"
    @total = @readings.count # expect: scans-all [ar84h] cross
    @readings = @readings.order("created_at DESC").includes(:work).limit(20).offset(page_offset).to_a # expect: scans-all [ar84i] cross
  end

  def destroy
    @reading = @user.readings.find(params[:id]) # expect: scans-all [ar84j] cross
    @reading.destroy # expect: scans-all [ar84k]
    redirect_back_or_to("/users/#{@user.id}/readings")
  end

  def clear
    @user.readings.each do |reading| # expect: scans-all [ar84l] cross
      reading.destroy! # expect: scans-all [ar84m]
    end
    redirect_to "/users/#{@user.id}/readings"
  end

  private

  def page_offset
    [params[:page].to_i - 1, 0].max * 20
  end
end
