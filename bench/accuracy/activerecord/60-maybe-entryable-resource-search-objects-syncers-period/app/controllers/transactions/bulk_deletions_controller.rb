class Transactions::BulkDeletionsController < ApplicationController
  def create
    destroyed = Current.family.leads.destroy_by(id: bulk_delete_params[:entry_ids]) # expect: scans-all [ar60j]
    redirect_back_or_to transactions_url, notice: "#{destroyed.count} transaction#{destroyed.count == 1 ? "" : "s"} deleted"
  end

  private

  def bulk_delete_params
    params.require(:bulk_delete).permit(entry_ids: [])
  end
end
