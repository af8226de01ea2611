module Admin
  class LeadsController < Admin::BaseController
    def index
      params[:q] ||= {}
      params[:q][:status_eq] ||= "new"

      if params[:q][:created_at_gt].present?
        params[:q][:created_at_gt] = Time.zone.parse(params[:q][:created_at_gt]).beginning_of_day
      end

      @search = SearchParams.new(current_user.leads.includes(:campaign), params[:q])
      @leads = @search.result.order(created_at: :desc).page(params[:page]).per(params[:per_page] || 25) # expect: scans-all [ar46a] cross
    end
  end
end
