class LeadsController < ApplicationController
  def index
    @leads = LeadSearchService.new.microsoft_leads.limit(50)
  end

  def count
    render json: { count: Lead.where(status: "new").count }
  end
end
