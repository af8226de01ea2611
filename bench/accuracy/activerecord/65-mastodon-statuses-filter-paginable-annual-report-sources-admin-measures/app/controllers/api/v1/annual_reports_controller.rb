class Api::V1::AnnualReportsController < Api::BaseController
  before_action :require_user!

  def show
    render json: AnnualReport.new(current_account, params[:id].to_i).generate
  end
end
