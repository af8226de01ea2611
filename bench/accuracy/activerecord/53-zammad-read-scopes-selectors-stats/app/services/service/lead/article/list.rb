class Service::Lead::Article::List < Service::Base
  attr_reader :lead

  def initialize(lead:)
    @lead = lead
  end

  def execute
    if LeadPolicy.new(current_user, lead).agent_read_access?
      ::AgentOutput.where(lead: lead).reorder(:id)
    else
      ::AgentOutput.where(lead: lead).where.not(kind: "internal_note").reorder(:id)
    end
  end
end
