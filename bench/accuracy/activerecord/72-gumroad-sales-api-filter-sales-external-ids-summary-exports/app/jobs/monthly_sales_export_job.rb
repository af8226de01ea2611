class MonthlySalesExportJob < ApplicationJob
  queue_as :low

  def perform(seller_id)
    seller = User.find(seller_id)
    last_month = 1.month.ago
    rows = Exports::PurchaseExportService.new(seller, start_time: last_month.beginning_of_month, end_time: last_month.end_of_month).perform # expect: prunes [ar72j] cross
    ContactingCreatorMailer.purchases_export(seller.id, rows).deliver_later
  end
end
