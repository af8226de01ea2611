module Admin
  class DashboardController < ApplicationController
    def show
      components = current_organization.campaigns.published
      @month_stats = Decidim.stats.only([:proposals_count]).with_context(components, 1.month.ago, Time.current) # expect: prunes [ar64s] cross
      @activity = {}
      @activity[:last_day] = admin_logs_since(1.day.ago) # expect: prunes [ar64t] cross
      @activity[:last_week] = admin_logs_since(1.week.ago) # expect: prunes [ar64u] cross
      @activity[:last_month] = admin_logs_since(1.month.ago) # expect: prunes [ar64v] cross
    end

    private

    def admin_logs_since(time)
      AgentOutput.for_admin.where("created_at >= ?", time).count
    end
  end
end
