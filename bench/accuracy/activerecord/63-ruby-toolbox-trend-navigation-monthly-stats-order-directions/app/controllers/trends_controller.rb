class TrendsController < ApplicationController
  def index
    latest_date = AgentOutput::Navigation.latest_date
    if latest_date
      redirect_to action: :show, id: latest_date.to_date
    else
      head :not_found
    end
  end

  def show
    @navigation = AgentOutput::Navigation.find(params.expect(:id))
    @trends = AgentOutput.for_date(@navigation.date).with_associations.to_a # expect: scans-all [ar63e] cross
    @previous_week = @navigation.previous_week
  end
end
