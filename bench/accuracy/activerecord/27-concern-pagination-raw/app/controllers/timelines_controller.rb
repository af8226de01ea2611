class TimelinesController < ApplicationController
  def index
    @leads = Lead.by_company(params[:company]).paginate_by_max_id(20, params[:max_id]) # expect: scans-all [ar27a] cross
  end

  def month
    @leads = Lead.in_month(Date.parse(params[:month])).paginate_by_max_id(20, params[:max_id]) # expect: prunes [ar27b] cross
  end

  def show
    @lead = Lead.find_by!(id: params[:id], created_at: Time.zone.parse(params[:created_at])) # expect: prunes [ar27c]
    @outputs = @lead.recent_outputs.where(kind: "email").to_a # expect: prunes [ar27d] cross
    @all_outputs = @lead.agent_outputs.order(id: :desc).limit(10).to_a # expect: scans-all [ar27e] cross
  end
end
