module Admin
  class ParkingNotificationsController < ApplicationController
    include SetPeriod

    before_action :set_period, only: %i[index]

    def index
      @parking_notifications = matching_parking_notifications.includes(:user)
                                                             .order(params[:sort] == "updated" ? "id desc" : "created_at desc")
                                                             .limit(50).offset(params[:page].to_i * 50).to_a # expect: prunes [ar83m] cross
    end

    def destroy
      parking_notification = Lead.find(params[:id]) # expect: scans-all [ar83n]
      parking_notification.destroy # expect: scans-all [ar83o]
      redirect_to "/admin/parking_notifications"
    end

    helper_method :matching_parking_notifications

    protected

    def earliest_period_date
      Lead.minimum(:created_at) || Time.current - 1.day # expect: scans-all [ar83p]
    end

    def matching_parking_notifications
      return @matching_parking_notifications if defined?(@matching_parking_notifications)

      parking_notifications = Lead
      if Lead::STATUSES.include?(params[:search_status])
        parking_notifications = parking_notifications.where(status: params[:search_status])
      elsif params[:search_status] == "resolved"
        parking_notifications = parking_notifications.resolved
      end
      if params[:organization_id].present?
        parking_notifications = parking_notifications.where(campaign_id: params[:organization_id])
      end
      @matching_parking_notifications = parking_notifications.where(created_at: @time_range)
    end
  end
end
