class Finance::BalancingController < Finance::BaseController
  def index
    @orders = Campaign.finished.offset((params.fetch(:page, 1).to_i - 1) * @per_page).limit(@per_page).to_a # expect: scans-all [ar76k] cross
  end

  def new
    @order = Campaign.find(params[:order_id]) # expect: scans-all [ar76l]
    sort = params[:sort] == "name" ? "leads.company" : "leads.id"
    @group_orders = @order.group_orders.includes(:ordergroup).order(Arel.sql(sort)).to_a # expect: scans-all [ar76m]
  end

  def close
    @order = Campaign.find(params[:id]) # expect: scans-all [ar76n]
    @order.close!(current_user)
    redirect_to finance_root_url
  end
end
