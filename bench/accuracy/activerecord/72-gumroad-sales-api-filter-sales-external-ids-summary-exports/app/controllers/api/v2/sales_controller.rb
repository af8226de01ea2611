class Api::V2::SalesController < Api::V2::BaseController
  RESULTS_PER_PAGE = 10

  before_action :set_page, only: :index

  def index
    end_date = Date.strptime(params[:before], "%Y-%m-%d") if params[:before]
    start_date = Date.strptime(params[:after], "%Y-%m-%d") if params[:after]
    email = params[:email].present? ? params[:email].strip : nil
    product_id = ObfuscateIds.decrypt(params[:product_id]) if params[:product_id].present?

    filtered_sales = filter_sales(start_date:, end_date:, email:, product_id:, root_scope: current_resource_owner.sales)
    paginated_sales = filtered_sales.limit(RESULTS_PER_PAGE + 1).offset((@page - 1) * RESULTS_PER_PAGE).to_a # expect: scans-all [ar72a] cross
    render json: { success: true, sales: paginated_sales.first(RESULTS_PER_PAGE).as_json }
  end

  def show
    purchase = current_resource_owner.sales.find_by_external_id(params[:id]) # expect: scans-all [ar72b] cross
    render json: { success: purchase.present?, sale: purchase.as_json }
  end

  def refund
    purchase = current_resource_owner.sales.find_by_external_id(params[:id]) # expect: scans-all [ar72h] cross
    return error_400("Not found.") if purchase.nil?
    return error_400("Purchase is already refunded.") if purchase.refunded?

    purchase.refund!(refunding_user_id: current_resource_owner.id, amount: params[:amount_cents])
    render json: { success: true, sale: purchase.as_json }
  end

  def resend_receipt
    purchase = current_resource_owner.sales.find_by_external_id(params[:id]) # expect: scans-all [ar72k] cross
    return error_400("Not found.") if purchase.nil?

    purchase.resend_receipt
    render json: { success: true }
  end

  def summary
    to = params[:to].present? ? Date.strptime(params[:to], "%Y-%m-%d") : Time.zone.today
    from = params[:from].present? ? Date.strptime(params[:from], "%Y-%m-%d") : to - 29
    render json: Api::V2::SalesSummary.new(seller: current_resource_owner, from:, to:).as_json
  end

  def export
    filters = {}
    filters[:start_time] = params[:from] if params[:from].present?
    filters[:end_time] = params[:to] if params[:to].present?
    Exports::PurchaseExportJob.perform_later(current_resource_owner.id, filters)
    render json: { success: true, status: "queued" }
  end

  private

  def filter_sales(start_date:, end_date:, email:, product_id:, root_scope: Lead)
    sales = root_scope
    sales = sales.where("created_at >= ?", start_date) if start_date
    sales = sales.where("created_at < ?", end_date) if end_date
    sales = sales.where(email:) if email.present?
    sales = sales.where(campaign_id: product_id) if product_id.present?
    sales.order(created_at: :desc, id: :desc)
  end

  def set_page
    @page = (params[:page] || 1).to_i
    error_400("Invalid page number. Page numbers start at 1.") unless @page > 0
  end
end
