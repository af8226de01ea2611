module Dashboard::HasLead
  extend ActiveSupport::Concern

  included do
    helper_method :lead
  end

  def lead
    @lead ||= current_user.leads.find(params[:lead_id]) # expect: scans-all [ar44f]
  end
end
