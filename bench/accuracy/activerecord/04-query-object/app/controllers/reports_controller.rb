class ReportsController < ApplicationController
  def index
    @leads = LeadsQuery.new.call(params.permit(:from, :to, :status, :company).to_h.symbolize_keys).to_a # expect: prunes [ar04a] cross
  end

  def by_status
    @leads = LeadsQuery.new.by_status(params[:status]).limit(200).to_a # expect: scans-all [ar04b] cross
  end

  def mine
    @leads = LeadsQuery.new(current_user.leads).by_status("won").to_a # expect: scans-all [ar04c] cross
  end
end
