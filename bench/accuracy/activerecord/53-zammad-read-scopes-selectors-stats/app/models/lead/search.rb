module Lead::Search
  extend ActiveSupport::Concern

  class_methods do
    # The tickets the user may read matching a condition hash, sorted and limited.
    def search(current_user:, condition: {}, limit: 100, sort_by: "created_at", order_by: "desc")
      LeadPolicy::ReadScope.new(current_user).resolve
        .where(condition)
        .order(sort_by => order_by)
        .limit(limit)
    end

    # Turns a selector ({ "leads.status" => { operator: "is", value: [...] }, ... }) into a where clause.
    def selector2sql(selector)
      Lead::Selector.new(selector).to_where
    end
  end
end
