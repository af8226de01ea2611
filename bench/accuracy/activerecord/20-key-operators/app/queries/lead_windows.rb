class LeadWindows
  def today
    Lead.where(created_at: Time.current.all_day).to_a # expect: prunes [ar20a]
  end

  def last_day_sql
    Lead.where("created_at > now() - interval '1 day'").count # expect: prunes [ar20b]
  end

  def with_timestamp
    Lead.where.not(created_at: nil).where(status: "new").count # expect: scans-all [ar20c]
  end

  def on_date(day)
    Lead.where("DATE(created_at) = ?", day).pluck(:id) # expect: scans-all [ar20d]
  end

  def before(time)
    Lead.where(created_at: ..time).where(Lead.arel_table[:status].eq("stale")).delete_all # expect: prunes [ar20e]
  end

  def arel_since(time)
    Lead.where(Lead.arel_table[:created_at].gteq(time)).to_a # expect: prunes [ar20f]
  end
end
