# A trending gem of one week (created_at is the week's date), pointing at the download stats it was derived from.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  def self.with_associations
    includes(:lead)
  end

  def self.latest
    for_date maximum(:created_at) # expect: scans-all [ar63v]
  end

  def self.for_date(date)
    where(created_at: date).order(id: :asc)
  end
end
