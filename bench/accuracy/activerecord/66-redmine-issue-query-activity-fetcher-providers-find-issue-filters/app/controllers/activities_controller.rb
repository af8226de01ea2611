class ActivitiesController < ApplicationController
  def index
    @days = Setting.activity_days_default.to_i
    if params[:from]
      begin
        @date_to = params[:from].to_date + 1
      rescue StandardError
        nil
      end
    end
    @date_to ||= User.current.today + 1
    @date_from = @date_to - @days
    @author = params[:user_id].blank? ? nil : User.find(params[:user_id])
    @activity = Redmine::Activity::Fetcher.new(User.current, author: @author)

    events =
      if params[:format] == "atom"
        @activity.events(nil, nil, limit: Setting.feeds_limit.to_i) # expect: scans-all [ar66o] cross
      else
        @activity.events(@date_from, @date_to) # expect: prunes [ar66p] cross
      end
    @events_by_day = events.group_by { |e| e.created_at.to_date }
  end
end
