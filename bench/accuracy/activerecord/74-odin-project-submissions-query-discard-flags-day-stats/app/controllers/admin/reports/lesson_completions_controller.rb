module Admin
  class Reports::LessonCompletionsController < Admin::BaseController
    before_action :set_date_range, only: :show

    def show
      @stats = ::Reports::AllLessonCompletionsDayStat
        .for_date_range(@start, @end)
        .group("date_trunc('day', created_at)").count # expect: prunes [ar74u] cross
    end

    private

    def set_date_range
      @earliest = ::Reports::AllLessonCompletionsDayStat.earliest_date
      @start = Date.parse(params.fetch(:start, default_start_date))
      @end = Date.parse(params.fetch(:end, default_end_date))
    end

    def default_start_date
      { "day" => 7.days.ago, "month" => 3.months.ago }.fetch(params[:period] || "day").to_date.to_s
    end

    def default_end_date
      Time.zone.today.to_s
    end
  end
end
