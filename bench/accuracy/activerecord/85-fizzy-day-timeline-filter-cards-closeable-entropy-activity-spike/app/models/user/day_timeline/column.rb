class User::DayTimeline::Column
  attr_reader :day_timeline, :id, :title, :events

  def initialize(day_timeline, id, title, events)
    @day_timeline, @id, @title, @events = day_timeline, id, title, events
  end

  def count
    events.count # expect: scans-all [ar85d] cross
  end

  def latest(limit = 10)
    events.limit(limit).includes(:card).to_a # expect: scans-all [ar85e] cross
  end
end
