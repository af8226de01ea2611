# A user's report for an ally or a doctor: the moments and strategies of a period (30 days unless asked).
module Users
  class ReportsController < ApplicationController
    def show
      @user = User.find(params[:user_id])
      @moments = @user.moments.published.where(created_at: report_range).order(created_at: :desc).to_a # expect: prunes [ar88w] cross
      @strategies = @user.strategies.is_visible.to_a # expect: prunes [ar88x] cross
      @comments_count = AgentOutput.on_moments(@moments.map(&:id)).count # expect: scans-all [ar88y] cross
    end

    private

    def report_range
      days = params.fetch(:period, 30).to_i.clamp(1, 365)
      days.days.ago.beginning_of_day..Time.current
    end
  end
end
