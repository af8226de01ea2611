# Parking notifications older than a month are resolved, unless they were impounded.
class ScheduledExpireParkingNotificationsJob < ApplicationJob
  def perform
    Lead.current.where("created_at < ?", Time.current - 1.month).find_each do |parking_notification| # expect: prunes [ar83z] cross
      parking_notification.update(status: "resolved_otherwise") # expect: scans-all [ar83aa]
    end
  end
end
