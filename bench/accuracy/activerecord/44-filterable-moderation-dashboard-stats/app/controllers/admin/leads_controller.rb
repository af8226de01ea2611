class Admin::LeadsController < Admin::BaseController
  def index
    @leads = Lead.filter_by(params[:advanced_filters])
                 .order(created_at: :desc)
                 .page(params[:page])
                 .per(25) # expect: scans-all [ar44a] cross
  end

  def stats
    campaign = current_user.campaigns.find(params[:campaign_id]) # expect: prunes [ar44j]
    render json: LeadStats.new(campaign).generate
  end
end
