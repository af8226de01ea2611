# Re-checks only what was added since the last nightly scan.
class Scan::RecentModelsJob < ApplicationJob
  SCAN_WINDOW = 1.day

  queue_as :scan

  def perform
    since = Time.current - SCAN_WINDOW
    Lead.where(created_at: since..).find_each { |model| Scan::CheckModelJob.perform_later(model.id) } # expect: prunes [ar54i]
  end
end
