class Api::V2::Accounts::ReportsController < Api::V1::Accounts::BaseController
  def index
    builder = V2::ReportBuilder.new(Current.account, report_params)
    render json: builder.build
  end

  def summary
    render json: V2::ReportBuilder.new(Current.account, report_params).summary
  end

  private

  def report_params
    {
      metric: params[:metric],
      type: params[:type].to_sym,
      id: params[:id],
      since: params[:since],
      until: params[:until],
      group_by: params[:group_by]
    }
  end
end
