module CurrentStage
  extend ActiveSupport::Concern

  included do
    helper_method :current_stage_id
  end

  protected

  def current_stage_id
    params[:stage_id].presence&.to_i
  end
end
