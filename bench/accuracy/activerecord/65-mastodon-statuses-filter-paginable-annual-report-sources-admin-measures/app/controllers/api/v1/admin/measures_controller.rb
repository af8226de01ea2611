class Api::V1::Admin::MeasuresController < Api::BaseController
  before_action :require_user!
  before_action :set_measures

  def create
    render json: @measures.map { |m| { key: m.key, total: m.total, previous_total: m.previous_total, data: m.data } }
  end

  private

  def set_measures
    @measures = Admin::Metrics::Measure.retrieve(params[:keys], params[:start_at], params[:end_at], params)
  end
end
