class ReportsController < ApplicationController
  # GET /api/v1/reports/generate?year=2026
  def generate
    year = params[:year].to_i
    report_params = {
      range_start: Time.zone.local(year, 1, 1),
      range_end: Time.zone.local(year, 12, 31).end_of_day,
      selector: params[:status].present? ? { status: params[:status] } : nil
    }
    render json: {
      created: Report::LeadsCreated.aggs(report_params),
      replies: Report::LeadsCreated.replies(report_params)
    }
  end
end
