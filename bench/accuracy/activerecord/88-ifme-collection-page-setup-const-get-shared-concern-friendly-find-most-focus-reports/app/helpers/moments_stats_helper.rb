module MomentsStatsHelper
  def moments_stats
    return "" if moment_count[:total] < 1

    result = "#{moment_count[:total]} moments"
    result += ", #{moment_count[:monthly]} this month" if moment_count[:total] != moment_count[:monthly]
    result
  end

  private

  def moment_count
    @moment_count ||= {
      total: current_user.moments.count, # expect: scans-all [ar88e]
      monthly: current_user.moments.this_month.count # expect: prunes [ar88f] cross
    }
  end
end
