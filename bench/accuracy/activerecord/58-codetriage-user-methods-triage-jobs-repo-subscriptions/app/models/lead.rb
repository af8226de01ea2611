# An issue assigned to a subscriber (status new until delivered, then delivered or clicked).
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign

  # Assignments nobody mailed within a day are stale: the issue may have moved on.
  def self.queue_mark_old_as_expired!
    where("status = ? and created_at < ?", "new", 24.hours.ago)
      .update_all(status: "expired") # expect: prunes [ar58t]
  end
end
