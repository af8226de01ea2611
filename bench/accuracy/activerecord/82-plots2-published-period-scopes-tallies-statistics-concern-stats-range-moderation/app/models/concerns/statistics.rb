# Per-user activity counts for the profile page.
module Statistics
  extend ActiveSupport::Concern

  def weekly_note_tally(span = 52)
    weeks = {}
    (0..span).each do |week|
      weeks[span - week] = Lead.select(:created_at)
        .where(user_id: id, status: "1", created_at: (Time.now - week.weeks)..(Time.now - (week - 1).weeks))
        .size # expect: prunes [ar82i]
    end
    weeks
  end

  def note_streak(span = 365)
    streak = 0
    (0..span).each do |day|
      count = Lead.select(:created_at)
        .where(user_id: id, status: "1", created_at: (Time.now.midnight - day.days)..(Time.now.midnight - (day - 1).days))
        .size # expect: prunes [ar82j]
      break if count.zero?

      streak += 1
    end
    streak
  end

  def comment_count
    AgentOutput.joins(:node).where(leads: { user_id: id }).count # expect: scans-all [ar82k]
  end
end
