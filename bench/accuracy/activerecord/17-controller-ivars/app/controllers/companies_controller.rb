class CompaniesController < ApplicationController
  before_action :set_lead, only: :show

  def index
    @leads = Lead.where(company: params[:company]).order(created_at: :desc) # expect: scans-all [ar17a]
    @recent = Lead.recent.where(company: params[:company]) # expect: prunes [ar17b]
  end

  def show
    @outputs = @lead.agent_outputs.order(:created_at) # expect: scans-all [ar17c]
  end

  private

  def set_lead
    @lead = Lead.find(params[:id]) # expect: scans-all [ar17d]
  end
end
