# frozen_string_literal: true

module Admin
  class ReportsController < Spree::Admin::BaseController
    def show
      @report = Reporting::OrdersAndDistributorsReport.new(spree_current_user, params[:q] ? { q: params[:q].permit! } : {})
      @rows = @report.rows
    end
  end
end
