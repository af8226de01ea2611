module Admin
  # The admin log, filterable by an optional period.
  class LogsController < ApplicationController
    def index
      logs = AgentOutput.for_admin.includes(:lead).order(created_at: :desc)
      filters = params.fetch(:q, {})
      logs = logs.where("created_at >= ?", Time.zone.parse(filters[:created_at_dtgteq])) if filters[:created_at_dtgteq].present?
      logs = logs.where("created_at <= ?", Time.zone.parse(filters[:created_at_dtlteq])) if filters[:created_at_dtlteq].present?
      @logs = logs.page(params[:page]).per(20).to_a # expect: scans-all [ar64w] cross
    end
  end
end
