class LeadsController < ApplicationController
  def index
    @leads = LeadSearchService.new.microsoft_leads.limit(50) # expect: scans-all [ar01a] cross
  end

  def recent
    @leads = LeadSearchService.new.recent_microsoft_leads.order(created_at: :desc) # expect: prunes [ar01b] cross
  end

  def company
    render json: LeadSearchService.new.recent_for(params[:company]).to_a # expect: prunes [ar01c] cross
  end
end
