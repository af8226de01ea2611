class LeadsController < ApplicationController
  def index
    @query = LeadQuery.new(current_user, params.permit(:status, :from).to_h.symbolize_keys)
    @leads = @query.leads(limit: per_page, offset: (page - 1) * per_page) # expect-also: [ar34a]
  end

  def show
    @lead = Lead.visible(current_user).find(params[:id]) # expect: scans-all [ar34b] cross
    @outputs = @lead.agent_outputs.order(created_at: :desc).limit(10).to_a # expect: scans-all [ar34c]
  end

  def check_email
    taken = Lead.visible(current_user).created_on(1.month.ago).exists?(email: params[:email]) # expect: prunes [ar34d] cross
    render json: { taken: taken }
  end
end
