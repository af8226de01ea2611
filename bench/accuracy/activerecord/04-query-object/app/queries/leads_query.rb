class LeadsQuery
  def initialize(relation = Lead.all)
    @relation = relation
  end

  def call(filters)
    scope = @relation.where(created_at: filters.fetch(:from)..filters.fetch(:to))
    scope = scope.where(status: filters[:status]) if filters[:status].present?
    scope = scope.by_company(filters[:company]) if filters[:company].present?
    scope.order(created_at: :desc)
  end

  def by_status(status)
    @relation.where(status: status).order(:id)
  end
end
