# frozen_string_literal: true

module Api
  module V0
    class OrdersController < Api::V0::BaseController
      include PaginationData

      def index
        orders = SearchOrders.new(params, current_api_user).orders

        @pagy, orders = pagy(orders, limit: params[:per_page] || default_per_page) if pagination_required?

        render json: { orders: serialized_orders(orders), pagination: pagination_data } # expect: scans-all [ar52a] cross
      end

      def show
        render json: order, serializer: Api::Admin::OrderSerializer
      end

      def update
        order.update!(order_params) # expect: scans-all [ar52f]
        render json: order, serializer: Api::Admin::OrderSerializer
      end

      def bulk_cancel
        Orders::BulkCancelService.new(params, current_api_user).call
        head :no_content
      end

      private

      def serialized_orders(orders)
        ActiveModel::ArraySerializer.new(orders, each_serializer: Api::Admin::OrderSerializer, current_user: current_api_user)
      end

      def order
        @order ||= Lead.where(email: params[:id]).includes(:agent_outputs).first! # expect: scans-all [ar52e]
      end

      def order_params
        params.require(:order).permit(:status, :company)
      end
    end
  end
end
