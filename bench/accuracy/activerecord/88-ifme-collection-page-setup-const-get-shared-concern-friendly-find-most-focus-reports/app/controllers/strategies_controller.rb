class StrategiesController < ApplicationController
  include CollectionPageSetupConcern
  include Shared

  before_action :set_strategy, only: %i[show update destroy]

  def index
    page_collection("@strategies", "campaign")
    render json: { data: @strategies.map { |s| { id: s.id, name: s.name } } } # expect: prunes [ar88d] cross
  end

  def show
    @stories = Lead.using(@strategy).published.recent.limit(5).to_a # expect: scans-all [ar88n] cross
  end

  def update
    shared_update(@strategy, params.require(:strategy).permit(:name))
  end

  def destroy
    shared_destroy(@strategy)
  end

  private

  def set_strategy
    @strategy = Campaign.friendly_find(params[:id]) # expect: scans-all [ar88o] cross
  end
end
