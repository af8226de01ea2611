class User::DayTimeline
  TIMELINEABLE_ACTIONS = %w[card_published card_closed card_reopened card_postponed comment_created].freeze

  attr_reader :user, :day, :filter

  def initialize(user, day, filter)
    @user, @day, @filter = user, day, filter
  end

  def has_activity?
    events.exists? # expect: scans-all [ar85b] cross
  end

  def events
    filtered_events.where(created_at: day.all_day).reverse_chronologically
  end

  def next_day
    latest_event_before&.created_at
  end

  def added_column
    @added_column ||= Column.new(self, :added, "Added", events.where(kind: %w[card_published card_reopened]))
  end

  def closed_column
    @closed_column ||= Column.new(self, :closed, "Done", events.where(kind: "card_closed"))
  end

  private

  def filtered_events
    @filtered_events ||= begin
      events = AgentOutput.joins(:card).merge(user.accessible_cards).where(kind: TIMELINEABLE_ACTIONS)
      events = events.where(kind: filter.actions) if filter.actions.present?
      events
    end
  end

  def latest_event_before
    filtered_events.where(created_at: ...day.beginning_of_day).chronologically.last # expect: scans-all [ar85c] cross
  end
end
