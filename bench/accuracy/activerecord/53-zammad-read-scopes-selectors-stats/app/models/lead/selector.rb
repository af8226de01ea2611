class Lead::Selector
  RANGES = { "minute" => 1.minute, "hour" => 1.hour, "day" => 1.day, "week" => 1.week, "month" => 1.month }.freeze

  def initialize(selector)
    @selector = selector
  end

  def to_where
    query = []
    bind = []
    @selector.each do |attribute, condition|
      case condition[:operator]
      when "is"
        query.push("#{attribute} IN (?)")
        bind.push(Array(condition[:value]))
      when "is not"
        query.push("#{attribute} NOT IN (?)")
        bind.push(Array(condition[:value]))
      when "within last (relative)"
        query.push("#{attribute} >= ?")
        bind.push(Time.zone.now - (condition[:value].to_i * RANGES.fetch(condition[:range])))
      end
    end
    [query.join(" AND "), *bind]
  end
end
