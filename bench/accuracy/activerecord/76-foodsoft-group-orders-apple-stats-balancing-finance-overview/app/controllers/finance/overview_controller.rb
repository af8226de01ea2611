class Finance::OverviewController < Finance::BaseController
  def index
    overview = Finance::Overview.new(from: params[:from], to: params[:to])
    @by_kind = overview.transactions_by_kind
    @group_orders = overview.group_orders_count
    @open_orders = Campaign.open.count # expect: scans-all [ar76p] cross
  end
end
