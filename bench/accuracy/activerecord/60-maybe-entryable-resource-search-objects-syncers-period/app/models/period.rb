# A named reporting window (last 30 days, current month, ...) or a custom start/end.
class Period
  class InvalidKeyError < StandardError; end

  attr_reader :key, :start_date, :end_date

  PERIODS = {
    "last_7_days" => -> { [7.days.ago.to_date, Date.current] },
    "current_month" => -> { [Date.current.beginning_of_month, Date.current] },
    "last_30_days" => -> { [30.days.ago.to_date, Date.current] },
    "current_year" => -> { [Date.current.beginning_of_year, Date.current] }
  }.freeze

  class << self
    def from_key(key)
      raise InvalidKeyError, "Invalid period key: #{key}" unless PERIODS.key?(key)

      start_date, end_date = PERIODS.fetch(key).call
      new(key: key, start_date: start_date, end_date: end_date)
    end

    def last_30_days
      from_key("last_30_days")
    end
  end

  def initialize(key: nil, start_date: nil, end_date: nil)
    @key = key
    @start_date = start_date
    @end_date = end_date
  end

  def date_range
    start_date..end_date
  end
end
