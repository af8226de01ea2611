class OutputSearch
  def emails_for(range)
    Lead.joins(:agent_outputs).where(created_at: range).where(agent_outputs: { kind: "email" }).to_a # expect: scans-all [ar07a]
  end

  def emails_in_window(range)
    Lead.joins(:agent_outputs).where(created_at: range, agent_outputs: { created_at: range }).to_a # expect: prunes [ar07b]
  end

  def outputs_of_company(company, since)
    AgentOutput.joins(:lead).where(leads: { company: company }).where(created_at: since..).to_a # expect: scans-all [ar07c]
  end

  def campaign_leads(user)
    Campaign.joins(:leads).where(user_id: user.id).merge(Lead.recent).to_a # expect: prunes [ar07d]
  end

  def includes_outputs(range)
    Lead.includes(:agent_outputs).where(created_at: range).to_a # expect: scans-all [ar07e]
  end
end
