# Refines whatever relation it is given (defaults to every lead).
class LeadsQuery
  def initialize(relation = Lead.all)
    @relation = relation
  end

  def won
    @relation.where(status: "won")
  end

  def stale(before:)
    @relation.where(status: "new").where("leads.created_at < ?", before)
  end

  def matching(term)
    @relation.where("company ILIKE :t OR email ILIKE :t", t: "%#{term}%")
  end
end
