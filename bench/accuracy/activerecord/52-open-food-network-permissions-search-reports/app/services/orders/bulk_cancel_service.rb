# frozen_string_literal: true

module Orders
  class BulkCancelService
    def initialize(params, current_user)
      @order_ids = params[:bulk_ids]
      @current_user = current_user
    end

    def call
      editable_orders.where(id: @order_ids).find_each { |order| order.update_column(:status, "canceled") } # expect: scans-all [ar52g] cross
    end

    private

    def editable_orders
      Permissions::Order.new(@current_user).editable_orders
    end
  end
end
