module Admin
  # The admin dashboard: active conferences, this week's registrations and the busiest conferences.
  class ConferencesController < BaseController
    def index
      @conferences = Campaign.get_active_conferences_for_dashboard
      @mine = current_user.conferences.pending.order(:name).to_a # expect: prunes [ar80x] cross
      @new_registrations = Lead.where(created_at: (Time.current - 7.days)..).count # expect: prunes [ar80y]
      @top = Lead.where(created_at: 7.days.ago..).group(:campaign_id).order("count_all desc").limit(5).count # expect: prunes [ar80z]
    end

    def show
      @per_week = conference.registrations_per_week
      @new_since_login = conference.new_registrations_count(current_user.created_at)
    end
  end
end
