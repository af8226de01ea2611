class Transactions::BulkUpdatesController < ApplicationController
  def create
    updated = Current.family
                     .leads
                     .where(id: bulk_update_params[:entry_ids])
                     .bulk_update!(bulk_update_params) # expect-also: [ar60l]

    redirect_back_or_to transactions_path, notice: "#{updated} transactions updated"
  end

  private

  def bulk_update_params
    params.require(:bulk_update).permit(:status, :company, entry_ids: [])
  end
end
