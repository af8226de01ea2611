# Computes one day's metric for an organization: the cumulative count up to the day and the day's quantity.
class MetricManage
  def self.for(day_string)
    new(day_string)
  end

  def initialize(day_string)
    @day = day_string.present? ? Date.parse(day_string) : Time.zone.today - 1.day
    @start_date = @day.beginning_of_day
    @end_date = @day.end_of_day
    @metric_name = ""
  end

  def with_context(organization)
    @organization = organization
  end

  def query
    raise NotImplementedError
  end

  def registry!
    { day: @day.to_s, metric_type: @metric_name, cumulative: cumulative, quantity: quantity }
  end

  private

  def components
    @organization.campaigns.published
  end
end
