class LeadsController < ApplicationController
  include Pundit::Authorization

  def index
    @leads = policy_scope(Lead).by_created_at.page(params[:page]).per(30) # expect: scans-all [ar48a] cross
  end

  def show
    @lead = Lead.find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar48b]
    authorize @lead
  end
end
