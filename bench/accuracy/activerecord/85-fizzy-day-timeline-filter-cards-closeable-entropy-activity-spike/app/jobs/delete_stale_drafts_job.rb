# Drafts nobody published within a month are dropped.
class DeleteStaleDraftsJob < ApplicationJob
  def perform
    Lead.drafted.where("created_at < ?", 30.days.ago).delete_all # expect: prunes [ar85o] cross
  end
end
