# frozen_string_literal: true

class LeadsController < EntitiesController
  before_action :get_data_for_sidebar, only: :index
  before_action :load_lead, only: %i[show edit convert destroy]

  def index
    @leads = get_leads(page: page_param) # expect: scans-all [ar50a] cross
    respond_with @leads
  end

  def show
    @timeline = timeline(@lead)
    respond_with @lead
  end

  def edit
    get_campaigns
    @previous = Lead.my(current_user).find_by_id(detect_previous_id) || detect_previous_id if detect_previous_id # expect: scans-all [ar50e] cross
    respond_with @lead
  end

  def convert
    @lead.convert
    get_campaigns
    respond_with @lead
  end

  def destroy
    @lead.destroy # expect: scans-all [ar50m]
    flash[:notice] = "#{@lead.full_name} has been deleted."
    redirect_to leads_path
  end

  private

  alias get_leads get_list_of_records

  def list_includes
    %i[campaign].freeze
  end

  def load_lead
    @lead = Lead.my(current_user).find_by!(id: params[:id], created_at: params[:created_at]) # expect: prunes [ar50n] cross
  end

  def get_campaigns
    @campaigns = Campaign.my(current_user).order("name") # expect: prunes [ar50d] cross
  end

  def get_data_for_sidebar
    @lead_status_total = { all: Lead.my(current_user).count, other: 0 } # expect: scans-all [ar50b] cross
  end
end
