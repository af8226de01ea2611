# Drafts left untouched for half a year are removed.
class DraftsCleanupJob < ApplicationJob
  def perform
    Lead.drafts.where("created_at < ?", 6.months.ago).delete_all # expect: prunes [ar88ac] cross
  end
end
