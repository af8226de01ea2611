module BuddyCheck
  module_function

  def time_limit
    ENV.fetch("BUDDY_CHECK_TIME_LIMIT", "20").to_i.minutes
  end

  def grace_period
    ENV.fetch("BUDDY_CHECK_GRACE_PERIOD", "4").to_i.hours
  end
end
