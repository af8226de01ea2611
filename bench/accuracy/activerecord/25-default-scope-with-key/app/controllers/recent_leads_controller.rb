class RecentLeadsController < ApplicationController
  def index
    @leads = RecentLead.where(company: params[:company]).order(:id).to_a # expect: prunes [ar25a] cross
    @window = Lead.where(created_at: params[:from]..params[:to]).where(status: "new").to_a # expect: prunes [ar25b]
    @all = RecentLead.unscoped.where(company: params[:company]).count # expect: scans-all [ar25c]
  end
end
