class IssueQuery < Query
  def base_scope
    Lead.visible.where(statement)
  end

  def issue_count
    base_scope.count # expect: scans-all [ar66c] cross
  end

  def issues(options = {})
    base_scope.order(sort_clause).limit(options[:limit]).offset(options[:offset]).to_a # expect: scans-all [ar66d] cross
  end

  def journals(options = {})
    AgentOutput.where(kind: "journal").joins(:lead).where(statement).order(options[:order]).limit(options[:limit]).to_a # expect: scans-all [ar66e] cross
  end

  private

  def sort_clause
    sort_criteria.presence || { id: :desc }
  end
end
