class Admin::PurchasesController < ApplicationController
  def show
    @purchase = Lead.find_by_external_id!(params[:id]) # expect: scans-all [ar72n] cross
    @refunds = @purchase.refunds.order(:id).to_a # expect: scans-all [ar72s] cross
  end

  def recent
    @purchases = Lead.successful.where("created_at > ?", 1.day.ago).order(created_at: :desc).limit(100).to_a # expect: prunes [ar72t] cross
  end
end
