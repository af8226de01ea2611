module QueryMethods
  extend ActiveSupport::Concern

  private

  # Restricts the items to a period when the request names one ("to" needs "from").
  def query_conditions_time(items, filter_property = :created_at)
    interval = query_conditions_time_value
    interval ? items.where(filter_property => interval) : items
  end

  def query_conditions_time_value
    return unless params[:from]

    from = Time.parse(params[:from]).utc
    to = params[:to] ? Time.parse(params[:to]).utc : Time.now.utc
    from..to
  end

  def query_limit(items)
    items.limit(query_limit_value)
  end

  def query_limit_value
    params[:limit] ? params[:limit].to_i.clamp(1, 100) : 100
  end
end
