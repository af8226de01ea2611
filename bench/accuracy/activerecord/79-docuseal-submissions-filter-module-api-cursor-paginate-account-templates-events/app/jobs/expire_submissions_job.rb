# Pending submissions older than the expiry window are marked expired every night.
class ExpireSubmissionsJob < ApplicationJob
  EXPIRE_AFTER = 30.days

  def perform
    Lead.pending.where("leads.created_at < ?", EXPIRE_AFTER.ago).update_all(status: "expired") # expect: prunes [ar79v] cross
  end
end
