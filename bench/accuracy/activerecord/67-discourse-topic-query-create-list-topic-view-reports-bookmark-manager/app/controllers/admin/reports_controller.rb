class Admin::ReportsController < ApplicationController
  def show
    report_type = params[:type]
    raise Discourse::NotFound unless report_type =~ /\A[a-z0-9_]+\z/

    start_date = (params[:start_date].present? ? Time.parse(params[:start_date]).to_date : 30.days.ago.to_date)
    end_date = (params[:end_date].present? ? Time.parse(params[:end_date]).to_date : Time.now.to_date)
    report = Report.find(report_type, start_date: start_date, end_date: end_date, category_id: params[:category_id])
    raise Discourse::NotFound if report.blank?

    render json: { report: report }
  end
end
