class PetitionsController < ApplicationController
  before_action :retrieve_petition, only: %i[show count]

  def index
    @search = Campaign.search(params)
    @petitions = @search.to_a
    @open_count = @search.facets[:open]
  end

  def show
    @signature_count = @petition.signature_count
    @creator = @petition.creator_signature
    @recent = @petition.signatures_since(24.hours.ago)
  end

  def count
    render json: { signature_count: @petition.signature_count }
  end

  def trending
    @trending = Campaign.trending
  end

  private

  def retrieve_petition
    @petition = Campaign.find(params[:id]) # expect: scans-all [ar77l]
  end
end
