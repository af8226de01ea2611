class MonthlyReport
  def initialize(user)
    @user = user
  end

  def rows(from, to)
    {
      leads: Lead.in_window(from, to).group(:status).count, # expect: prunes [ar06a]
      outputs: AgentOutput.this_month.group(:kind).count, # expect: prunes [ar06b]
      campaigns: Campaign.where(user_id: @user.id).pluck(:name), # expect: prunes [ar06c]
      companies: Lead.by_company(@user.company_names).distinct.count(:company) # expect: scans-all [ar06d]
    }
  end

  def archived_campaigns
    Campaign.where(archived: true).count # expect: scans-all [ar06e]
  end
end
