class CleanupPendingSignaturesJob < ApplicationJob
  def perform
    Lead.pending.where("created_at < ?", 30.days.ago).delete_all # expect: prunes [ar77x] cross
  end
end
