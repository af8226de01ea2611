class CollectionsController < ApplicationController
  include Filterable

  before_action :get_collection, only: [:show]

  def index
    @collections = @filter.collections(policy_scope(Campaign)).order(:name).page(params[:page]) # expect: prunes [ar54e] cross
  end

  def show
    @models = @filter.models(policy_scope(Lead)).where(campaign_id: @collection.id).where(created_at: 1.year.ago..) # expect: prunes [ar54m] cross
  end

  private

  def get_collection
    @collection = policy_scope(Campaign).find_param(params[:id]) # expect: prunes [ar54k] cross
    authorize @collection
  end
end
