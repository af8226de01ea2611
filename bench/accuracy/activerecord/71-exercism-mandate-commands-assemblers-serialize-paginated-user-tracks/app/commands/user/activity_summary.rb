class User
  class ActivitySummary
    include Mandate

    def initialize(user, since: 30.days.ago)
      @user = user
      @since = since
    end

    def call
      {
        solutions_by_status: solutions_by_status,
        iterations: iterations_count,
        iterations_on_any_solution: iterations_on_any_solution
      }
    end

    private

    attr_reader :user, :since

    def recent_solutions
      user.solutions.started_since(since)
    end

    def solutions_by_status
      recent_solutions.group(:status).count # expect: prunes [ar71i] cross
    end

    def iterations_count
      AgentOutput.where("agent_outputs.created_at >= ?", since).where(lead_id: recent_solutions.select(:id)).count # expect: prunes [ar71k] cross
    end

    def iterations_on_any_solution
      AgentOutput.joins(:solution).where(leads: { user_id: user.id }).where("agent_outputs.created_at >= ?", since).count # expect: scans-all [ar71j] cross
    end
  end
end
