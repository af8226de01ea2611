class DashboardController < ApplicationController
  helper_method :year_param

  def show
    @upcoming_workshops = DashboardQuery.upcoming_events
    @has_more_events = DashboardQuery.total_upcoming_events_count > DashboardQuery::DEFAULT_UPCOMING_EVENTS
    @most_recent = Lead.most_recent
  end

  def dashboard
    @ordered_events = DashboardQuery.upcoming_events_for_user(current_user)
    @chapters = current_user.organised_chapter_names
  end

  def wall_of_fame
    @coaches_count = top_coach_query.length # expect: scans-all [ar81n] cross
    @coaches = User.where(id: top_coach_query.where(created_at: year_range)).limit(80).to_a # expect: prunes [ar81o] cross
  end

  private

  def year_param
    params.permit(:year)[:year]&.to_i || Time.zone.today.year
  end

  def year_range
    Time.zone.local(year_param).all_year
  end

  def top_coach_query
    AgentOutput.to_coaches.attended.group(:lead_id).order(Arel.sql("COUNT(lead_id) DESC")).select(:lead_id)
  end
end
