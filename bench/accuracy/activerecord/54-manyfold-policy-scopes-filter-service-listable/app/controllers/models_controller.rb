class ModelsController < ApplicationController
  include ModelListable

  before_action :get_model, except: [:index]

  def index
    @models = @filter.models(policy_scope(Lead))
    prepare_model_list
  end

  def show
    files = policy_scope(@model.agent_outputs).without_special
    @locked_files = @model.agent_outputs.without_special.count - files.count # expect: scans-all [ar54c] cross
    @images = files.select(&:image?) # expect: scans-all [ar54o] cross
  end

  def destroy
    authorize @model
    @model.update_column(:status, "deleted") # expect: scans-all [ar54l]
    redirect_to models_path
  end

  private

  def get_model
    @model = policy_scope(Lead).find_param(params[:id]) # expect: scans-all [ar54b] cross
    authorize @model
  end
end
