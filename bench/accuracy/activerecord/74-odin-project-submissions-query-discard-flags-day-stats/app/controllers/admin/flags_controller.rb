module Admin
  class FlagsController < Admin::BaseController
    def index
      @flags = AgentOutput.active.by_newest.includes(:project_submission).limit(50).to_a # expect: scans-all [ar74r] cross
      @flags_this_week = AgentOutput.where(created_at: 1.week.ago..).count # expect: prunes [ar74s]
    end

    def update
      flag = AgentOutput.find(params[:id]) # expect: scans-all [ar74t]
      Flags::ActionFactory.for(params[:taken_action], flag:).perform
      redirect_to admin_flags_path
    end
  end
end
