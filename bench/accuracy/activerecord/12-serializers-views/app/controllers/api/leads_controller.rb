module Api
  class LeadsController < ApplicationController
    def index
      leads = Lead.where(user_id: current_user.id).order(created_at: :desc).limit(50)  # expect-also: [ar12a]
      render json: leads, each_serializer: LeadSerializer # expect: scans-all [ar12a]
    end

    def recent
      render json: Lead.recent.where(user_id: current_user.id), each_serializer: LeadSerializer # expect: prunes [ar12b]
    end

    def campaigns
      render json: Campaign.where(user_id: current_user.id).live # expect: prunes [ar12c]
    end

    def outputs
      render json: AgentOutput.of_kind(params[:kind]).limit(10) # expect: scans-all [ar12d]
    end
  end
end
