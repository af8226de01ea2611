module Admin
  class ReportsController < Admin::BaseController
    def won_leads
      params[:q] ||= {}
      params[:q][:created_at_gt] = Time.current.beginning_of_month if params[:q][:created_at_gt].blank?

      @leads = Lead.where(created_at: params[:q][:created_at_gt]..).where(status: "won") # expect: prunes [ar38c]
      @totals = @leads.group(:campaign_id).count # expect: prunes [ar38d]
    end
  end
end
