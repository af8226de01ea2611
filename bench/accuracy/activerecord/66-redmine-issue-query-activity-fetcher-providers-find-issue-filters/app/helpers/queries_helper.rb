module QueriesHelper
  # The query of the request: a saved one by id, or one built from the filters in the params.
  def retrieve_query(klass = IssueQuery)
    if params[:query_id].present?
      @query = klass.find(params[:query_id]) # expect: scans-all [ar66h]
      @query.build_from_params(params)
    else
      @query = klass.new(name: "_", user_id: User.current.id)
      @query.build_from_params(params)
    end
  end
end
