# Verifies that this week's download stats were stored for every project before trends are computed.
class WeeklyDownloadsCheckJob < ApplicationJob
  def perform(date = Time.current.utc.beginning_of_week(:sunday))
    stored = Lead.where(created_at: date).count # expect: prunes [ar63q]
    RubygemTrendsJob.perform_later(date.iso8601) if stored >= Campaign.where(archived: false).count # expect: scans-all [ar63r]
  end
end
