class Scan::CheckAllJob < ApplicationJob
  queue_as :scan

  def perform
    Lead.find_each { |model| Scan::CheckModelJob.perform_later(model.id) } # expect: scans-all [ar54f]
  end
end
