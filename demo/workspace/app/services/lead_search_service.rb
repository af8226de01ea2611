class LeadSearchService
  # ❌ Bad - scans all partitions
  def microsoft_leads
    Lead.where(company: "Microsoft")
  end

  # ✅ Good - uses partition pruning
  def recent_microsoft_leads
    Lead.where("created_at >= ?", 1.month.ago).where(company: "Microsoft")
  end

  # ✅ Good - the scope carries the key
  def recent_leads
    Lead.recent.where(status: "new").to_a
  end
end
