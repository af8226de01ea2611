# Tickets created per month over the last twelve months, one COUNT ... FILTER per month.
class Service::Lead::Stats::Monthly < Service::Base
  attr_reader :conditions

  def initialize(conditions:)
    @conditions = conditions
  end

  def execute
    result = LeadPolicy::ReadScope
      .new(current_user)
      .resolve
      .where(conditions)
      .select(selects)
      .take # expect: scans-all [ar53a] cross

    dates.map { |date| { month: date.month, year: date.year, created: result[count_key(date)] } }
  end

  private

  def count_key(date)
    "count_created_at_#{date.month}_#{date.year}"
  end

  def dates
    @dates ||= (0..11).map { |n| n.months.ago }
  end

  def selects
    @selects ||= dates.map do |date|
      ActiveRecord::Base.sanitize_sql_array(
        ["COUNT(*) FILTER (WHERE leads.created_at BETWEEN :date_start AND :date_end) AS #{count_key(date)}",
         { date_start: date.beginning_of_month, date_end: date.end_of_month }]
      )
    end.join(", ")
  end
end
