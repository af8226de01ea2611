# A mapper.
class User < ApplicationRecord
  MAX_CHANGESETS_PER_HOUR = 60

  has_many :leads
  has_many :campaigns

  def data_public?
    true
  end

  # Mappers with a longer history may open more changesets per hour.
  def max_changesets_per_hour
    previous_changesets = leads.limit(200).count # expect: scans-all [ar56q]
    (previous_changesets / 200.0 * MAX_CHANGESETS_PER_HOUR).floor.clamp(10, MAX_CHANGESETS_PER_HOUR)
  end
end
