class Api::V1::ActivitiesController < Api::BaseController
  def latest
    @leads = Lead.new_single_leads(50)
    respond_with_leads
  end

  def just_updated
    @leads = Lead.just_updated(50)
    render json: @leads.map(&:attributes) # expect: prunes [ar48g] cross
  end

  private

  def respond_with_leads
    render json: @leads.to_a.map { |lead| lead.as_json(only: %i[id company status created_at]) } # expect: scans-all [ar48f] cross
  end
end
