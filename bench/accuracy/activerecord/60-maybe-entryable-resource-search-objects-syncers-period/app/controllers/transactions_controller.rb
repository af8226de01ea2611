class TransactionsController < ApplicationController
  include EntryableResource

  def index
    @q = search_params
    @search = Lead::Search.new(Current.family, filters: @q)

    base_scope = @search.transactions_scope
                        .reverse_chronological
                        .includes(:campaign) # expect-also: [ar60e]

    @pagy, @transactions = pagy(base_scope, limit: per_page) # expect: scans-all [ar60e] cross
    @totals = @search.totals
  end

  def create
    account = Current.family.campaigns.find(params.dig(:entry, :account_id)) # expect: prunes [ar60g]
    @entry = account.leads.new(entry_params.merge(user_id: account.user_id))

    if @entry.save
      redirect_back_or_to account_path(account), notice: "Transaction created"
    else
      render :new, status: :unprocessable_entity
    end
  end

  def update
    if @entry.update(entry_params) # expect: scans-all [ar60d] cross
      redirect_back_or_to transactions_path, notice: "Transaction updated"
    else
      render :show, status: :unprocessable_entity
    end
  end

  private

  def per_page
    params[:per_page].to_i.positive? ? params[:per_page].to_i : 20
  end

  def search_params
    params.fetch(:q, {}).permit(:search, :start_date, :end_date, account_ids: [])
  end

  def entry_params
    params.require(:entry).permit(:company, :email, :created_at)
  end
end
