class PurgeWindowJob < ApplicationJob
  def perform(from, to)
    Lead.where(created_at: from...to, status: "spam").destroy_all # expect: scans-all [ar16d]
    Lead.where(created_at: from...to, status: "spam").delete_all # expect: prunes [ar16e]
  end
end
