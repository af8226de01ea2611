class EventsController < ApplicationController
  include DayTimelinesScoped

  def index
    @has_activity = @day_timeline.has_activity?
    @next_day = @day_timeline.next_day
    @columns = [@day_timeline.added_column, @day_timeline.closed_column].map do |column|
      { title: column.title, count: column.count, events: column.latest }
    end
  end
end
