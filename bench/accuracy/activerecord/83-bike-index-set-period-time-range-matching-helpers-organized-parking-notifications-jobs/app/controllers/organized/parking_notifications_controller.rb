module Organized
  class ParkingNotificationsController < Organized::BaseController
    DEFAULT_PER_PAGE = 200

    before_action :set_period, only: %i[index]

    def index
      @search_status = (Lead::STATUSES + %w[all resolved]).include?(params[:search_status]) ? params[:search_status] : "current"
      @search_kind = Lead::KINDS.include?(params[:search_kind]) ? params[:search_kind] : "all"
      @total = matching_parking_notifications.count # expect: prunes [ar83d] cross
      @parking_notifications = matching_parking_notifications.reorder(created_at: :desc)
                                                             .includes(:user).limit(DEFAULT_PER_PAGE).to_a # expect: prunes [ar83e] cross
    end

    def show
      @parking_notification = parking_notifications.find(params[:id]) # expect: scans-all [ar83f] cross
      @notifications = @parking_notification.notifications.order(:created_at).to_a # expect: scans-all [ar83g] cross
      @repeat_number = @parking_notification.repeat_number
    end

    def create
      @parking_notification = parking_notifications.new(permitted_parameters.merge(user_id: current_user.id))
      if @parking_notification.save
        ProcessParkingNotificationJob.perform_later(@parking_notification.id)
      end
      redirect_back(fallback_location: "/")
    end

    def resolve
      parking_notifications.current.where(id: params[:ids]).update_all(status: "resolved_otherwise") # expect: scans-all [ar83i] cross
      redirect_back(fallback_location: "/")
    end

    helper_method :matching_parking_notifications

    private

    def parking_notifications
      current_organization.parking_notifications
    end

    def matching_parking_notifications
      return @matching_parking_notifications if defined?(@matching_parking_notifications)

      notifications = parking_notifications
      unless @search_status == "all"
        notifications = @search_status == "resolved" ? notifications.resolved : notifications.where(status: @search_status)
      end
      notifications = notifications.where(email: params[:search_serial]) if params[:search_serial].present?
      notifications = notifications.where(user_id: params[:user_id]) if params[:user_id].present?
      notifications = notifications.where(company: @search_kind) unless @search_kind == "all"
      @matching_parking_notifications = notifications.where(created_at: @time_range)
    end

    def permitted_parameters
      params.require(:parking_notification).permit(:company, :email)
    end
  end
end
