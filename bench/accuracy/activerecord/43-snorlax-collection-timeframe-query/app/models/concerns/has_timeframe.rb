# A record listed by the API can be narrowed to a time window (`since` / `until` params).
module HasTimeframe
  extend ActiveSupport::Concern

  included do
    scope :within, lambda { |since, till, field = nil|
      column = field.presence || :created_at
      where("#{table_name}.#{column} BETWEEN ? AND ?", since || 100.years.ago, till || 100.years.from_now)
    }
    scope :until, ->(till) { within(nil, till) }
    scope :since, ->(since) { within(since, nil) }

    def self.has_timeframe?
      true
    end
  end
end
