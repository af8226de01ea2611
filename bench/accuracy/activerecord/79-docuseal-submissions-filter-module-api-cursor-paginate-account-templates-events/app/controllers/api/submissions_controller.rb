module Api
  class SubmissionsController < ApiBaseController
    before_action :load_submission, only: %i[show destroy]

    def index
      submissions = Submissions.search(current_account.submissions.active, params[:q])
      submissions = submissions.where(campaign_id: params[:template_id]) if params[:template_id].present?
      render json: { data: paginate(submissions) }
    end

    def show
      events = @submission.submission_events.order(:created_at).to_a # expect: scans-all [ar79d] cross
      render json: @submission.as_json.merge(submission_events: events.as_json(only: %i[id kind created_at]))
    end

    def create
      template = current_account.templates.active.find(params[:template_id]) # expect: prunes [ar79e] cross
      submissions = Array(params[:emails]).map do |email|
        current_account.submissions.create!(campaign_id: template.id, company: template.name, email: email,
                                            status: "draft", created_at: Time.current)
      end
      Submissions.send_signature_requests(submissions)
      render json: submissions
    end

    def destroy
      @submission.update!(status: "archived") # expect: scans-all [ar79f] cross
      render json: @submission.as_json(only: %i[id status])
    end

    private

    def load_submission
      @submission = current_account.submissions.find(params[:id]) # expect: scans-all [ar79g]
    end
  end
end
