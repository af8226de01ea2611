class ConferencesController < ApplicationController
  def index
    @current = Campaign.pending.order(id: :desc).to_a # expect: scans-all [ar80n] cross
  end

  def show
    @conference = Campaign.find_by!(name: params[:id]) # expect: scans-all [ar80o]
    @registered = current_user && current_user.registered_to?(@conference)
    @full = @conference.registration_limit_exceeded?
  end
end
