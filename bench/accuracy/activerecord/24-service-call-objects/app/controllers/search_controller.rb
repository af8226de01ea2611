class SearchController < ApplicationController
  def index
    @results = Leads::Search.new(search_params).call.limit(50) # expect: prunes [ar24a] cross
    @mine = Leads::ForUser.call(current_user).limit(50) # expect: scans-all [ar24b] cross
  end

  private

  def search_params
    params.permit(:from, :company).to_h.symbolize_keys
  end
end
