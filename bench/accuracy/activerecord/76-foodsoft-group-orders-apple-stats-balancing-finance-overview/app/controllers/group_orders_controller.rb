class GroupOrdersController < ApplicationController
  before_action :ensure_open_order
  before_action :ensure_my_group_order, only: %i[show update]

  def show
    @recent = current_user.group_orders.where(created_at: 1.year.ago..).ordered.limit(10).to_a # expect: prunes [ar76s] cross
  end

  def update
    @group_order.update!(email: current_user.email, status: "open") # expect: scans-all [ar76t] cross
    redirect_to group_order_path(@group_order)
  end

  private

  def ensure_open_order
    @order = Campaign.open.find(params[:order_id]) # expect: scans-all [ar76u] cross
  end

  def ensure_my_group_order
    @group_order = @order.group_order(current_user)
  end
end
