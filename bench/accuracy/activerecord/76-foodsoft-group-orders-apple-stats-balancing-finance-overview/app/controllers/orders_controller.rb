class OrdersController < ApplicationController
  def index
    @my_orders = current_user.created_orders.order(id: :desc).limit(20).to_a # expect: prunes [ar76v]
  end

  def edit
    @order = current_user.created_orders.open.find(params[:id]) # expect: prunes [ar76w] cross
  end

  def receive
    order = current_user.created_orders.find(params[:id]) # expect: prunes [ar76x]
    order.finish!
    redirect_to orders_path
  end
end
