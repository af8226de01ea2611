class QueriesController < ApplicationController
  before_action :find_query, only: %i[update destroy]

  def index
    scope = IssueQuery.visible
    @query_count = scope.count # expect: scans-all [ar66s] cross
    @query_pages = Paginator.new(@query_count, per_page_option, params[:page])
    @queries = scope.sorted.limit(@query_pages.per_page).offset(@query_pages.offset).to_a # expect: scans-all [ar66t] cross
  end

  # The queries the current user saved (the sidebar of the issues list).
  def mine
    @queries = User.current.queries.sorted.to_a # expect: prunes [ar66u] cross
  end

  def update
    @query.name = params[:name]
    @query.archived = params[:public] == "1"
    @query.save # expect: scans-all [ar66v] cross
    redirect_to issues_path(query_id: @query.id)
  end

  def destroy
    @query.destroy # expect: scans-all [ar66w] cross
    redirect_to issues_path
  end

  private

  def find_query
    @query = IssueQuery.where(user_id: User.current.id).find(params[:id]) # expect: prunes [ar66x]
  end
end
