class WeeklyReportsController < ApplicationController
  def show
    report = WeeklyReport.new(current_user)
    @leads = report.leads.where(created_at: report.window).order(created_at: :desc) # expect: prunes [ar18a] cross
    @backlog = report.leads.order(:created_at).limit(500) # expect: scans-all [ar18b] cross
  end
end
