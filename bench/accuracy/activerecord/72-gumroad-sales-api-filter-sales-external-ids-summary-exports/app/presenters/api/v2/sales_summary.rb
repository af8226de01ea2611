class Api::V2::SalesSummary
  def initialize(seller:, from:, to:)
    @seller = seller
    @from = from
    @to = to
  end

  def as_json(*)
    {
      sales_count: sales.count, # expect: prunes [ar72c] cross
      by_product: sales.group(:campaign_id).count, # expect: prunes [ar72d] cross
      refunds_count: refunds.count # expect: scans-all [ar72e] cross
    }
  end

  private

  def sales
    @seller.sales.successful.where(created_at: @from.beginning_of_day..@to.end_of_day)
  end

  def refunds
    AgentOutput.joins(:purchase).where(leads: { user_id: @seller.id }).where(created_at: @from.beginning_of_day..@to.end_of_day)
  end
end
