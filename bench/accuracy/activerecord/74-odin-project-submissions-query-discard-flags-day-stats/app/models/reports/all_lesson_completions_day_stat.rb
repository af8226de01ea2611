module Reports
  # Submissions per day, read straight from the submissions.
  class AllLessonCompletionsDayStat
    def self.for_date_range(start_date, end_date)
      Lead.where(created_at: start_date.beginning_of_day..end_date.end_of_day)
    end

    def self.earliest_date
      Lead.minimum(:created_at)&.to_date # expect: scans-all [ar74c]
    end
  end
end
