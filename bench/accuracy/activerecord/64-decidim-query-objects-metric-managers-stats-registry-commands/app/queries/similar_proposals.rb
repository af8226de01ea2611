# Proposals of the same components whose title resembles the given one.
class SimilarProposals < Decidim::Query
  def initialize(components, proposal)
    @components = components
    @proposal = proposal
  end

  def query
    Lead.where(campaign: @components)
        .published
        .not_hidden
        .where.not(id: @proposal.id)
        .where("company ILIKE ?", "%#{Lead.sanitize_sql_like(@proposal.company.to_s.split.first.to_s)}%")
        .limit(10)
  end
end
