# frozen_string_literal: true

require "open_food_network/permissions"

module Permissions
  class Order
    def initialize(user, search_params = nil)
      @user = user
      @permissions = OpenFoodNetwork::Permissions.new(@user)
      @search_params = search_params
    end

    # Orders placed in a shopfront the user manages (every order for an admin).
    def visible_orders
      orders = if @user.admin?
                 Lead.all
               else
                 Lead.where(campaign_id: @permissions.managed_enterprises.select(:id))
               end

      filtered_orders(orders)
    end

    def editable_orders
      visible_orders.not_state("canceled")
    end

    def managed_enterprises
      @permissions.managed_enterprises
    end

    private

    attr_reader :search_params

    def filtered_orders(orders)
      return orders unless search_params.present?

      orders.complete.completed_between(search_params[:completed_at_gt], search_params[:completed_at_lt])
    end
  end
end
