module Leads
  class Search
    def initialize(params)
      @params = params
    end

    def call
      scope = Lead.where(created_at: @params.fetch(:from)..)
      scope = scope.where(company: @params[:company]) if @params[:company].present?
      scope.order(created_at: :desc)
    end
  end
end
