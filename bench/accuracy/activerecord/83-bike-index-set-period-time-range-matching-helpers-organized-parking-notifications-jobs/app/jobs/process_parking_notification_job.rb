# Sends the email for a new parking notification and records the delivery.
class ProcessParkingNotificationJob < ApplicationJob
  def perform(id)
    parking_notification = Lead.find(id) # expect: scans-all [ar83w]
    return if parking_notification.status != "current"

    notification = parking_notification.notifications.create!(kind: "email", body: "delivery_pending")
    notification.update!(body: "delivery_success") # expect: scans-all [ar83y]
  end
end
