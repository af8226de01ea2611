# Keeps infinite scrolling stable: an anchor caps the list at the newest entry of the first page,
# and a cursor resumes after the last entry the client received.
module StablePagination
  extend ActiveSupport::Concern

  private

  def leads_page(scope, sort: "DESC")
    direction = sort == "ASC" ? "ASC" : "DESC"
    scope = pagination_anchor(scope).order(Arel.sql("created_at #{direction}, id #{direction}"))
    @page_query = cursor_slice(scope, direction)
    rows = @page_query.pluck(:id, :created_at) # expect: scans-all [ar55b] cross
    @page_cursor = rows.last
    Lead.leads_with_campaign(rows.map(&:first), sort).leads_list.to_a # expect: scans-all [ar55c] cross
  end

  def pagination_anchor(scope, column: :id)
    @anchor ||= params[:page_anchor].present? ? params[:page_anchor].to_i : nil
    @anchor ? scope.where(column => ..@anchor) : scope
  end

  def cursor_slice(scope, direction)
    return scope.limit(100) if params[:cursor_id].blank?

    operator = direction == "ASC" ? ">" : "<"
    scope.where("(created_at, id) #{operator} (?, ?)", Time.iso8601(params[:cursor_time]), params[:cursor_id].to_i).limit(100)
  end
end
