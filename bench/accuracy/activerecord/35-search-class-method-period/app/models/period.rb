class Period
  attr_reader :start_date, :end_date

  def self.last_30_days
    new(start_date: 30.days.ago.to_date, end_date: Date.current)
  end

  def initialize(start_date:, end_date:)
    @start_date = start_date
    @end_date = end_date
  end

  def date_range = start_date..end_date
end
