module Admin
  class NotificationsController < ApplicationController
    include SetPeriod

    before_action :set_period, only: %i[index]

    def index
      @notifications = matching_notifications.order(created_at: :desc).limit(100).to_a # expect: prunes [ar83q] cross
      @failures = matching_notifications.delivery_failure.count # expect: prunes [ar83r] cross
    end

    def resend
      notification = AgentOutput.find(params[:id]) # expect: scans-all [ar83s]
      notification.update(body: "delivery_pending") # expect: scans-all [ar83t]
      redirect_to "/admin/notifications"
    end

    private

    def matching_notifications
      notifications = AgentOutput.all
      notifications = notifications.where(kind: params[:search_kind]) if params[:search_kind].present?
      notifications = notifications.where(lead_id: params[:parking_notification_id]) if params[:parking_notification_id].present?
      notifications.where(created_at: @time_range)
    end
  end
end
