class LeadsController < ApplicationController
  def destroy
    lead = Lead.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar31a]
    lead.destroy! # expect: scans-all [ar31b]
    head :no_content
  end

  def week
    render json: { count: Lead.for_period(Time.current.all_week).by_company(params[:company]).count } # expect: prunes [ar31c] cross
  end
end
