class DashboardController < ApplicationController
  def show
    @recent_solutions = AssembleUserSolutionsList.(current_user, { period: "week", per: 5 }) # expect: prunes [ar71b] cross
    @activity = User::ActivitySummary.(current_user)
    @published_today = Lead.published.where(created_at: Time.current.all_day).count # expect: prunes [ar71s] cross
  end
end
