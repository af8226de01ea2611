module Exports
  class PurchaseExportService
    def initialize(seller, filters = {})
      @seller = seller
      @filters = filters
    end

    def perform
      rows = []
      purchases.find_each(batch_size: 500) do |purchase| # expect-also: [ar72i] [ar72j]
        rows << [purchase.external_id, purchase.email, purchase.company, purchase.status, purchase.created_at]
      end
      rows
    end

    private

    def purchases
      scope = @seller.sales.successful
      scope = scope.where("created_at >= ?", @filters[:start_time].to_time.beginning_of_day) if @filters[:start_time]
      scope = scope.where("created_at <= ?", @filters[:end_time].to_time.end_of_day) if @filters[:end_time]
      scope
    end
  end
end
