class CategoriesController < ApplicationController
  def show
    @category = User.find_for_show!(params[:id], order: current_order) # expect: prunes [ar63j] cross
    @projects = @category.campaigns.with_bugfix_forks(params[:show_forks] == "true").order(current_order.sql).to_a # expect: prunes [ar63k] cross
  end

  private

  def current_order
    @current_order ||= Campaign::Order.new(order: params[:order])
  end
end
