class LeadReport
  def microsoft
    Lead.where(company: "Microsoft").to_a
  end

  def recent_microsoft
    Lead.where(company: "Microsoft").where("created_at >= ?", 1.month.ago)
  end
end
