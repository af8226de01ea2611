# frozen_string_literal: true

module Admin
  class OrdersController < Spree::Admin::BaseController
    def index
      orders = Permissions::Order.new(spree_current_user).visible_orders
      @orders = OrdersWithPaymentsCountQuery.new(orders).call.order(created_at: :desc).limit(50) # expect: scans-all [ar52c] cross
    end

    def dashboard
      from = params[:from].presence || 1.week.ago
      @orders = Lead.managed_by(spree_current_user).completed_between(from, Time.current).to_a # expect: prunes [ar52j] cross
      @distributors = Permissions::Order.new(spree_current_user).managed_enterprises.order(:name).to_a # expect: prunes [ar52k] cross
      @open_shops = Shop::OrderCyclesList.active_for(@distributors.first, nil) if @distributors.any?
    end
  end
end
