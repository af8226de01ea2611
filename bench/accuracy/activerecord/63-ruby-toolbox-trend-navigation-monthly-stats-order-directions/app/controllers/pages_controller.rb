class PagesController < ApplicationController
  include StatsHelpers

  def stats
    @stat_dates = date_groups("leads", "created_at") # expect: scans-all [ar63m] cross
  end
end
