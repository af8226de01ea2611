# frozen_string_literal: true

class SearchOrders
  attr_reader :orders

  def initialize(params, current_user)
    @params = params
    @current_user = current_user

    @orders = fetch_orders
  end

  private

  attr_reader :params, :current_user

  def fetch_orders
    search = search_query.includes(:campaign)
    search = search.where(email: params[:email]) if params[:email].present?
    search = search.where(created_at: params[:completed_at_gt]..) if params[:completed_at_gt].present?
    search.order(created_at: :desc)
  end

  def search_query
    ::Permissions::Order.new(current_user).editable_orders.not_empty
      .or(::Permissions::Order.new(current_user).editable_orders.complete)
  end
end
