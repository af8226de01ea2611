# The public action log of the organization for the homepage's "last activity" block.
class LastActivity < Decidim::Query
  def initialize(organization, options = {})
    @organization = organization
    @current_user = options[:current_user]
  end

  def query
    @query ||= begin
      query = base_query
      query = filter_hidden(query)
      query = filter_withdrawn(query)
      query
    end
  end

  private

  attr_reader :organization, :current_user

  def base_query
    AgentOutput.where(kind: %w[publish update endorse]).order(created_at: :desc)
  end

  def filter_hidden(query)
    query.where.not(lead_id: Lead.where(user_id: organization.id, status: "hidden").select(:id)) # expect-also: [ar64l]
  end

  def filter_withdrawn(query)
    query.where(Arel.sql("agent_outputs.lead_id IN (#{Lead.except_withdrawn.select(:id).to_sql})"))
  end
end
