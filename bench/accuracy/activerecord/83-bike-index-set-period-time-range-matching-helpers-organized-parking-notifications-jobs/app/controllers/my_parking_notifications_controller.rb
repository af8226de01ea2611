# The parking notifications a member wrote, for their account page.
class MyParkingNotificationsController < ApplicationController
  def index
    @organizations = current_user.organizations.not_deleted.order(:name).to_a # expect: prunes [ar83u] cross
    @parking_notifications = current_user.parking_notifications.order(created_at: :desc).limit(25).to_a # expect: scans-all [ar83v] cross
  end
end
