class ExpireStaleLeadsJob < ApplicationJob
  queue_as :low

  def perform
    Lead.until(90.days.ago).active.update_all(status: "expired") # expect: prunes [ar43c] cross
  end
end
