module V2
  class ReportBuilder
    include DateRangeHelper

    def initialize(user, params)
      @user = user
      @params = params
    end

    def summary
      {
        leads: leads_in_range.count, # expect: prunes [ar33a] cross
        won: leads_in_range.where(status: "won").count, # expect: prunes [ar33b] cross
        outputs: outputs_scope.count # expect: scans-all [ar33c] cross
      }
    end

    def by_status
      @user.leads.group(:status).count # expect: scans-all [ar33d]
    end

    def top_campaigns
      @user.campaigns.where(archived: false).order(:name).limit(5).pluck(:id, :name) # expect: prunes [ar33e]
    end

    private

    def leads_in_range
      @user.leads.where(created_at: range)
    end

    def outputs_scope
      AgentOutput.where(lead_id: @user.leads.select(:id))
    end
  end
end
