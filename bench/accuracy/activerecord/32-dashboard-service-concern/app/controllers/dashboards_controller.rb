class DashboardsController < ApplicationController
  def show
    dashboard = Leads::Dashboard.new(current_user)
    @month = dashboard.this_month.to_a # expect: prunes [ar32a] cross
    @total = dashboard.all_time.count # expect: scans-all [ar32b] cross
    @last = dashboard.scope.last # expect: scans-all [ar32c] cross
  end
end
