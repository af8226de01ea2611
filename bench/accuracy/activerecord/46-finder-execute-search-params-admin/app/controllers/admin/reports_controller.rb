module Admin
  class ReportsController < Admin::BaseController
    def leads_total
      params[:q] = {} unless params[:q]

      params[:q][:created_at_gt] = if params[:q][:created_at_gt].blank?
                                     Time.current.beginning_of_month
                                   else
                                     Time.zone.parse(params[:q][:created_at_gt]).beginning_of_day
                                   end
      params[:q][:created_at_lt] = Time.zone.parse(params[:q][:created_at_lt]).end_of_day if params[:q][:created_at_lt].present?

      @leads = SearchParams.new(Lead.qualified, params[:q]).result
      @totals = Hash.new(0)
      @leads.each { |lead| @totals[lead.status] += 1 } # expect: prunes [ar46b] cross
    end

    def campaigns
      @campaigns = current_user.campaigns.live.order(:name).to_a # expect: prunes [ar46e]
    end

    def campaign_leads
      campaign = Campaign.find(params[:campaign_id]) # expect: scans-all [ar46f]
      @count = campaign.leads.where(created_at: Time.current.all_month).count # expect: prunes [ar46g]
    end
  end
end
