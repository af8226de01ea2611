class LeadQuery
  attr_reader :user, :filters

  def initialize(user, filters = {})
    @user = user
    @filters = filters
  end

  def base_scope
    scope = Lead.visible(user)
    scope = scope.where(status: filters[:status]) if filters[:status].present?
    scope = scope.where(created_at: filters[:from]..) if filters[:from].present?
    scope
  end

  def leads(limit: 25, offset: 0)
    base_scope.order(created_at: :desc).limit(limit).offset(offset).to_a # expect: scans-all [ar34a] cross
  end
end
