class LeadFinder
  def won(scope: Lead.all)
    scope.where(status: "won")
  end

  def contacts
    Lead.where(status: "new").pluck(:email, :company) # expect: scans-all [ar23a]
  end

  def expire(range)
    Lead.where(created_at: range).in_batches(of: 500) { |batch| batch.update_all(status: "expired") } # expect: prunes [ar23b]
  end

  def export_won
    won.to_a # expect: scans-all [ar23c] cross
  end
end
