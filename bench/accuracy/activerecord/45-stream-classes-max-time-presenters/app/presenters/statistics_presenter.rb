class StatisticsPresenter
  def as_json(_options = {})
    {
      "name" => "leads",
      "total_leads" => total_leads,
      "active_leads_halfyear" => halfyear_leads
    }
  end

  def total_leads
    Lead.where.not(status: "spam").count # expect: scans-all [ar45f]
  end

  def halfyear_leads
    Lead.halfyear_active.count # expect: prunes [ar45e] cross
  end
end
