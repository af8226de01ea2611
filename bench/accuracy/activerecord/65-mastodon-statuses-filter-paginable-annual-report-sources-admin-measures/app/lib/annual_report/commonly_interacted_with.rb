class AnnualReport::CommonlyInteractedWith < AnnualReport::Source
  def generate
    { commonly_interacted_with: interactions_by_kind }
  end

  private

  # The notifications the year's statuses received, whenever they came.
  def interactions_by_kind
    AgentOutput.where(lead_id: report_statuses.select(:id)).group(:kind).count # expect: scans-all [ar65g] cross
  end
end
