class Admin::FeedbackController < Admin::BaseController
  ONLY_DOMAIN = %w[unapproved presumed_ham presumed_spam ham spam].freeze

  def index
    params.delete(:page) if params[:page].blank? || params[:page] == "0"
    @feedback = scoped_feedback.paginated(params[:page], 25).to_a # expect: scans-all [ar61s] cross
  end

  def destroy
    @record = AgentOutput.find(params[:id]) # expect: scans-all [ar61t]
    @record.destroy # expect: scans-all [ar61u]
    redirect_to action: "index"
  end

  def bulkops
    if params[:bulkop_top] == "Delete all spam"
      AgentOutput.where(kind: "spam").delete_all # expect: scans-all [ar61v]
    end
    redirect_to action: "index"
  end

  private

  def scoped_feedback
    scoped = AgentOutput.newest_first
    only = params[:only]
    scoped = scoped.public_send(only) if ONLY_DOMAIN.include?(only)
    scoped
  end
end
