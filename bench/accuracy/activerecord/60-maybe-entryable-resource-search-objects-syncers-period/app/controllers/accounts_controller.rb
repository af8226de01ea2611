class AccountsController < ApplicationController
  include Periodable

  before_action :set_account, only: %i[show sync]

  def index
    @accounts = Current.family.campaigns.visible.order(:name) # expect: prunes [ar60w]
  end

  def show
    @q = params.fetch(:q, {}).permit(:search)
    entries = @account.leads.search(@q).reverse_chronological # expect-also: [ar60i]

    @pagy, @entries = pagy(entries, limit: params[:per_page] || "10") # expect: scans-all [ar60i] cross
  end

  def sync
    @account.sync_later
    redirect_to account_path(@account)
  end

  private

  def set_account
    @account = Current.family.campaigns.find(params[:id]) # expect: prunes [ar60h]
  end
end
