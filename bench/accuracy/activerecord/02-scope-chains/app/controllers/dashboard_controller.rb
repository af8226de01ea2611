class DashboardController < ApplicationController
  def show
    @fresh = Lead.recent.active.order(created_at: :desc).limit(20).to_a # expect: prunes [ar02a]
    @company_total = Lead.by_company(params[:company]).count # expect: scans-all [ar02b]
    @window_ids = Lead.created_between(params[:from], params[:to]).by_company(params[:company]).pluck(:id) # expect: prunes [ar02c]
    @status_counts = Lead.active.group(:status).count # expect: scans-all [ar02d]
  end
end
