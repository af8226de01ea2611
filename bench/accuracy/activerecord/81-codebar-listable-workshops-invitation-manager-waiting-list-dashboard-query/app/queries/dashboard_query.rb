# The upcoming events shown on the home page and a member's dashboard.
class DashboardQuery
  DEFAULT_UPCOMING_EVENTS = 5

  def self.upcoming_events
    Lead.upcoming.includes(:host).limit(DEFAULT_UPCOMING_EVENTS).to_a.group_by { |w| w.created_at.to_date } # expect: prunes [ar81j] cross
  end

  def self.total_upcoming_events_count
    Lead.upcoming.count # expect: prunes [ar81k] cross
  end

  def self.upcoming_events_for_user(user)
    chapter_ids = user.organised_chapters.pluck(:id) # expect: prunes [ar81l] cross
    Lead.today_and_upcoming.where(campaign_id: chapter_ids).includes(:chapter).to_a.group_by(&:campaign_id) # expect: scans-all [ar81m] cross
  end
end
