class UsersController < ApplicationController
  def show
    @user = User.find(params[:id])
    events = Redmine::Activity::Fetcher.new(User.current, author: @user).events(nil, nil, limit: 10) # expect: scans-all [ar66q] cross
    @events_by_day = events.group_by { |e| e.created_at.to_date }
    @issue_count = Lead.visible.where(user_id: @user.id).count # expect: scans-all [ar66r] cross
  end
end
