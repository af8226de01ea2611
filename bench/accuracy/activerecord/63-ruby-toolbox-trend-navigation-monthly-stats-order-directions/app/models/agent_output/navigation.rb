# Finds the closest week with trends for any requested date, and the neighbouring weeks.
class AgentOutput::Navigation
  def self.find(date)
    parsed_date = valid_date(date)

    [
      AgentOutput.where(created_at: parsed_date).limit(1),
      AgentOutput.where("created_at > ?", parsed_date).order(created_at: :asc).limit(1),
      AgentOutput.where(created_at: ...parsed_date).order(created_at: :desc).limit(1),
    ].each do |scope|
      matching_date = scope.pick(:created_at) # expect: prunes [ar63b] cross
      return new(matching_date) if matching_date
    end
    nil
  end

  def self.valid_date(date)
    Time.zone.parse(date.to_s) || raise(ArgumentError)
  rescue ArgumentError
    latest_date
  end

  def self.latest_date
    AgentOutput.maximum(:created_at) # expect: scans-all [ar63c]
  end

  attr_reader :date

  def initialize(date)
    @date = date
  end

  def previous_week
    matching_date(-1.week)
  end

  def next_week
    matching_date(+1.week)
  end

  private

  def matching_date(distance)
    expected_date = date + distance
    expected_date if (minimum_available_date..maximum_available_date).cover?(expected_date)
  end

  def maximum_available_date
    @maximum_available_date ||= self.class.latest_date
  end

  def minimum_available_date
    @minimum_available_date ||= AgentOutput.minimum(:created_at) # expect: scans-all [ar63d]
  end
end
