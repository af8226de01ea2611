class CsvExportsController < ApplicationController
  def create
    export = CsvExport.create!(user_id: current_user.id, filters: deploy_filter.to_json)
    CsvExportJob.perform_later(export)
    redirect_to csv_exports_path
  end

  private

  # Dates are optional: one of them defaults the other, neither leaves the period open.
  def deploy_filter
    filter = {}
    start_date = Date.parse(params[:start_date]) if params[:start_date].present?
    end_date = Date.parse(params[:end_date]) if params[:end_date].present?
    if start_date || end_date
      start_date ||= Date.new(1900, 1, 1)
      end_date ||= Date.today
      filter["leads.created_at"] = (start_date..end_date)
    end
    filter["leads.status"] = params[:status] if %w[succeeded failed].include?(params[:status])
    filter["leads.user_id"] = params[:user_id].to_i unless params[:user_id].to_i.zero?
    filter
  end
end
