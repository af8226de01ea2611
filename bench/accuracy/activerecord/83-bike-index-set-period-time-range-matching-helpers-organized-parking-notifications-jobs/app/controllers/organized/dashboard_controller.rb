module Organized
  class DashboardController < Organized::BaseController
    before_action :set_period

    def index
      @notifications_in_period = current_organization.parking_notifications.where(created_at: @time_range).count # expect: prunes [ar83j] cross
      @active_count = current_organization.parking_notifications.active.count # expect: scans-all [ar83k] cross
      @by_kind = current_organization.parking_notifications.where(created_at: @time_range).group(:company).count # expect: prunes [ar83l] cross
    end

    private

    def earliest_period_date
      Time.current.beginning_of_year
    end
  end
end
