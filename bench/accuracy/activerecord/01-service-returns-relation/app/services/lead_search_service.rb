class LeadSearchService
  def microsoft_leads
    Lead.where(company: "Microsoft")
  end

  def recent_microsoft_leads
    Lead.where("created_at >= ?", 1.month.ago).where(company: "Microsoft")
  end

  def recent_for(company)
    Lead.recent.by_company(company)
  end
end
