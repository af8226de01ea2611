module Admin
  class RegistrationsController < BaseController
    def index
      @registrations = conference.registrations.includes(:user).order(created_at: :desc).to_a # expect: scans-all [ar80u] cross
      @distribution = conference.registration_distribution
      @affiliations = conference.affiliation_distribution
    end

    def toggle_attendance
      registration = conference.registrations.find(params[:id]) # expect: scans-all [ar80v] cross
      registration.update(status: registration.status == "attended" ? "registered" : "attended") # expect: scans-all [ar80w]
      head :ok
    end
  end
end
