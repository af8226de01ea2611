# Report queries written in SQL, the way a dashboard service usually does.
class LeadStats
  DAILY_COUNTS = <<~SQL.squish
    SELECT date_trunc('day', created_at) AS day, count(*) AS n
    FROM leads
    WHERE user_id = ?
    GROUP BY 1
  SQL

  MONTH_COUNTS = <<~SQL.squish
    SELECT status, count(*) AS n
    FROM leads
    WHERE user_id = ? AND created_at >= ? AND created_at < ?
    GROUP BY status
  SQL

  def self.daily_counts(user)
    Lead.find_by_sql([DAILY_COUNTS, user.id]) # expect: scans-all [ar27f]
  end

  def self.month_counts(user, month)
    Lead.find_by_sql([MONTH_COUNTS, user.id, month.beginning_of_month, month.next_month.beginning_of_month]) # expect: prunes [ar27g]
  end
end
