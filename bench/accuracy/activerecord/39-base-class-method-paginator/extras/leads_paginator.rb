class LeadsPaginator
  LEADS_PER_PAGE = 25

  attr_reader :page

  def initialize(scope, page)
    @scope = scope
    @page = page
  end

  def get
    leads = @scope.order(id: :desc).offset((page - 1) * LEADS_PER_PAGE).limit(LEADS_PER_PAGE + 1).to_a  # expect-also: [ar39a]
    show_more = leads.count > LEADS_PER_PAGE
    [leads.first(LEADS_PER_PAGE), show_more]
  end
end
