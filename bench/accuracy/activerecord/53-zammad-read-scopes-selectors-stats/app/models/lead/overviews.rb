# The overviews of the agent's sidebar, each a selector over the tickets the agent may read.
class Lead::Overviews
  LIST = {
    my_recent: {
      condition: {
        "leads.status" => { operator: "is", value: Lead::OPEN_STATES },
        "leads.created_at" => { operator: "within last (relative)", value: 7, range: "day" }
      },
      order: { created_at: :desc }
    },
    all_open: {
      condition: {
        "leads.status" => { operator: "is", value: Lead::OPEN_STATES }
      },
      order: { id: :asc }
    }
  }.freeze

  def self.relation(name, current_user)
    overview = LIST.fetch(name)
    LeadPolicy::ReadScope.new(current_user).resolve
      .where(*Lead.selector2sql(overview[:condition]))
      .order(overview[:order])
  end
end
