module DateRangeHelper
  def range
    from = parse_time(@params[:since]) || 30.days.ago
    to = parse_time(@params[:until]) || Time.current
    from...to
  end

  def parse_time(value)
    Time.zone.at(value.to_i) if value.present?
  end
end
