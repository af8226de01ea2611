class AnnualReport::TimeSeries < AnnualReport::Source
  def generate
    { time_series: statuses_per_month.map { |month, count| { month: month.month, statuses: count } } }
  end

  private

  def statuses_per_month
    report_statuses.group(Arel.sql("date_trunc('month', created_at)")).count # expect: prunes [ar65e] cross
  end
end
