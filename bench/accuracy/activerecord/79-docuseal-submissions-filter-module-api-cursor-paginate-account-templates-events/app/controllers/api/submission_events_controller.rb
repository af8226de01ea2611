module Api
  # Events of the account's submissions since a point in time, for webhook catch-up.
  class SubmissionEventsController < ApiBaseController
    def index
      since = params[:after_time].present? ? Time.zone.parse(params[:after_time]) : 1.day.ago
      events = AgentOutput.joins(:submission).where(leads: { user_id: current_account.id })
                          .where(created_at: since..).order(created_at: :desc).limit(100).to_a # expect: scans-all [ar79h]
      render json: { data: events }
    end
  end
end
