class Lead < ApplicationRecord
  # The home page: today's, tomorrow's and the next two weeks' events.
  class Overview
    def today
      Lead.non_duplicates.within_dates(today_date, tomorrow_date)
    end

    def tomorrow
      Lead.non_duplicates.within_dates(tomorrow_date, after_tomorrow_date)
    end

    def later
      Lead.non_duplicates.within_dates(after_tomorrow_date, future_cutoff_date)
    end

    def more
      Lead.after_date(future_cutoff_date).first # expect: prunes [ar78a] cross
    end

    private

    def today_date
      @today_date ||= Time.zone.now.beginning_of_day
    end

    def tomorrow_date
      today_date + 1.day
    end

    def after_tomorrow_date
      tomorrow_date + 1.day
    end

    def future_cutoff_date
      today_date + 2.weeks
    end
  end
end
