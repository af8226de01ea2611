# Several download timeseries of one gem fetched in a single query, for the project page's chart.
class Lead::Timeseries
  def self.fetch(rubygem_name, *requested_stats)
    new(rubygem_name, *requested_stats).stats
  end

  def initialize(rubygem_name, *requested_stats)
    @rubygem_name = rubygem_name
    @requested_stats = requested_stats
  end

  def stats
    @stats ||= {}.tap do |stats|
      base_query.pluck(:created_at, *@requested_stats).each do |(date, *data)| # expect: scans-all [ar63a] cross
        @requested_stats.each.with_index do |stat_name, index|
          (stats[stat_name] ||= []) << { x: date, y: data[index] }
        end
      end
    end
  end

  private

  def base_query
    Lead.where(company: @rubygem_name).order(created_at: :asc).monthly
  end
end
