class Finance::FinancialTransactionsController < Finance::BaseController
  SORTS = {
    "date" => "agent_outputs.created_at",
    "date_reverse" => "agent_outputs.created_at DESC",
    "note" => "agent_outputs.body"
  }.freeze

  before_action :find_ordergroup

  def index
    sort = SORTS.fetch(params[:sort], "agent_outputs.created_at DESC")
    since = params[:since].present? ? Date.parse(params[:since]) : 1.year.ago.to_date

    transactions = @ordergroup.financial_transactions.where("agent_outputs.created_at >= ?", since).order(Arel.sql(sort))
    transactions = transactions.where("agent_outputs.body LIKE ?", "%#{params[:query]}%") unless params[:query].nil?
    @financial_transactions = transactions.offset(params[:page].to_i * @per_page).limit(@per_page).to_a # expect: scans-all [ar76o] cross
  end

  private

  def find_ordergroup
    @ordergroup = User.find(params[:ordergroup_id])
  end
end
