class DashboardController < ApplicationController
  def show
    @recent_submissions = current_user.project_submissions.kept.where(created_at: 30.days.ago..).order(created_at: :desc).limit(5).to_a # expect: prunes [ar74l] cross
    @this_week = current_user.project_submissions.where(created_at: Time.zone.now.all_week).count # expect: prunes [ar74m]
    @bookmarks = current_user.bookmarks.where(archived: false).order(:name).to_a # expect: prunes [ar74n]
  end
end
