# A small ransack-like translator: `q[created_at_gt]=…&q[status_eq]=won` becomes where clauses on
# the attributes a model allows to be searched.
class SearchParams
  PREDICATE = /\A(?<attribute>[a-z_]+?)_(?<predicate>eq|gt|lt|cont)\z/

  def initialize(scope, query)
    @scope = scope
    @query = query.respond_to?(:to_unsafe_h) ? query.to_unsafe_h : (query || {}).to_h
  end

  def result
    @query.reduce(@scope) do |relation, (key, value)|
      next relation if value.blank?

      match = PREDICATE.match(key.to_s)
      next relation unless match && @scope.klass::SEARCHABLE_ATTRIBUTES.include?(match[:attribute])

      apply(relation, match[:attribute], match[:predicate], value)
    end
  end

  private

  def apply(relation, attribute, predicate, value)
    column = relation.arel_table[attribute]
    case predicate
    when "eq" then relation.where(column.eq(value))
    when "gt" then relation.where(column.gt(value))
    when "lt" then relation.where(column.lt(value))
    when "cont" then relation.where(column.matches("%#{value}%"))
    end
  end
end
