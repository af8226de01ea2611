class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  def self.for_lead(lead)
    where(lead_id: lead.id, created_at: lead.created_at..)
  end

  def self.latest_of_kind(kind)
    where(kind: kind).order(created_at: :desc)
  end

  def self.search(term, since: nil)
    scope = where("body ILIKE ?", "%#{term}%")
    scope = scope.where(created_at: since..) if since
    scope
  end
end
