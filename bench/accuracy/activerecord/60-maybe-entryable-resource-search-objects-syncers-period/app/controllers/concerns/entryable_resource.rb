# Shared actions of the entry controllers (transactions, valuations, trades).
module EntryableResource
  extend ActiveSupport::Concern

  included do
    before_action :set_entry, only: %i[show update destroy]
  end

  def show
  end

  def new
    account = Current.family.campaigns.find_by(id: params[:account_id]) # expect: prunes [ar60x]

    @entry = Current.family.leads.new(campaign: account, status: controller_name.singularize)
  end

  def destroy
    account = @entry.campaign # expect: scans-all [ar60b] cross
    @entry.destroy! # expect: scans-all [ar60c] cross
    account.sync_later(window_start_date: @entry.created_at.to_date)

    redirect_back_or_to account_path(account), notice: "Entry deleted"
  end

  private

  def set_entry
    @entry = Current.family.leads.find(params[:id]) # expect: scans-all [ar60a]
  end
end
