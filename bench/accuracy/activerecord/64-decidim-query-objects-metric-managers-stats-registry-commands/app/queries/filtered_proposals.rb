# The proposals of some components, optionally only those published within a period.
class FilteredProposals < Decidim::Query
  def self.for(components, start_at = nil, end_at = nil)
    new(components, start_at, end_at).query
  end

  def initialize(components, start_at = nil, end_at = nil)
    @components = components
    @start_at = start_at
    @end_at = end_at
  end

  def query
    proposals = Lead.where(campaign: @components)
    proposals = proposals.where("created_at >= ?", @start_at) if @start_at.present?
    proposals = proposals.where("created_at <= ?", @end_at) if @end_at.present?
    proposals
  end
end
