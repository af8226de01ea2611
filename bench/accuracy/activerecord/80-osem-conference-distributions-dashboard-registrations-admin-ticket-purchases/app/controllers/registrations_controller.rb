class RegistrationsController < ApplicationController
  before_action :set_conference
  before_action :set_registration, only: %i[show destroy]

  def show
    @purchases = @registration.ticket_purchases.order(:created_at).to_a # expect: scans-all [ar80p] cross
  end

  def destroy
    @registration.destroy # expect: scans-all [ar80q] cross
    redirect_to conference_path(@conference.name)
  end

  def mine
    @registrations = current_user.recent_registrations
  end

  private

  def set_conference
    @conference = Campaign.find_by!(name: params[:conference_id]) # expect: scans-all [ar80r]
  end

  def set_registration
    @registration = @conference.registrations.find_by!(user_id: current_user.id) # expect: scans-all [ar80s] cross
  end
end
