module Exports
  class PurchaseExportJob < ApplicationJob
    queue_as :low

    def perform(seller_id, filters = {})
      seller = User.find(seller_id)
      rows = Exports::PurchaseExportService.new(seller, filters.symbolize_keys).perform # expect: scans-all [ar72i] cross
      ContactingCreatorMailer.purchases_export(seller.id, rows).deliver_later
    end
  end
end
