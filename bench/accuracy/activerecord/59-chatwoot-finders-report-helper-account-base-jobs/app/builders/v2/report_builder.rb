# Time series and summaries of the reports API: one method per metric, chosen by params[:metric].
class V2::ReportBuilder
  include DateRangeHelper
  include ReportHelper
  attr_reader :account, :params

  DEFAULT_GROUP_BY = "day".freeze
  GROUP_BY_PERIODS = %w[hour day week month year].freeze

  def initialize(account, params)
    @account = account
    @params = params
  end

  def timeseries
    send(params[:metric])
  end

  def build
    timeseries.each_with_object([]) do |p, arr|
      arr << { value: p[1], timestamp: p[0].to_time.to_i }
    end
  end

  def summary
    {
      conversations_count: conversations_count.values.sum,
      incoming_messages_count: incoming_messages_count.values.sum,
      resolutions_count: resolutions_count.values.sum
    }
  end

  private

  def group_by
    GROUP_BY_PERIODS.include?(params[:group_by]) ? params[:group_by] : DEFAULT_GROUP_BY
  end

  def get_grouped_values(object_scope)
    object_scope.where(created_at: range).group(Arel.sql("date_trunc('#{group_by}', #{object_scope.table_name}.created_at)"))
  end
end
