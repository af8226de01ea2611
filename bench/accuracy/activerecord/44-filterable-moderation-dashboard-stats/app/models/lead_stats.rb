class LeadStats
  include Statisticable

  def self.stats_methods
    %i[total_leads leads_per_month]
  end

  private

  def leads
    resource.leads
  end

  def total_leads
    leads.count # expect: scans-all [ar44g] cross
  end

  def leads_per_month
    leads.where(created_at: date_range).group("date_trunc('month', leads.created_at)").count # expect: prunes [ar44h] cross
  end
end
