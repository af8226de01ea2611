class SearchesController < ApplicationController
  def show
    order = Campaign::Order.new(order: params[:order], directions: Campaign::Order::SEARCH_DIRECTIONS)
    @projects = Campaign.search(params[:q].to_s, order: order).page(params[:page]).to_a # expect: scans-all [ar63l] cross
  end
end
