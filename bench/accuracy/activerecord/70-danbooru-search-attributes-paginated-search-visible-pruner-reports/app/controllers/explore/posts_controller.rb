module Explore
  class PostsController < ApplicationController
    def popular
      @date, @scale, @min_date, @max_date = parse_date(params)
      @posts = popular_posts(@min_date, @max_date).paginate(params[:page], limit: params[:limit]) # expect: prunes [ar70r] cross
      respond_with(@posts)
    end

    private

    def parse_date(params)
      date = params[:date].present? ? Date.parse(params[:date]) : Time.zone.today
      scale = params[:scale].in?(%w[day week month]) ? params[:scale] : "day"
      min_date = date.send("beginning_of_#{scale}")
      max_date = date.send("end_of_#{scale}")
      [date, scale, min_date, max_date]
    end

    def popular_posts(min_date, max_date)
      Lead.visible(CurrentUser.user).active.where(created_at: min_date.beginning_of_day..max_date.end_of_day).order(id: :desc)
    end
  end
end
