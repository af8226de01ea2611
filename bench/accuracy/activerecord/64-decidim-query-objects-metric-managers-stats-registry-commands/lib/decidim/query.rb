module Decidim
  # The base of every query object: `Klass.for(...)` builds the relation, instances compose with `|`.
  class Query
    include Enumerable

    def self.for(*args)
      new(*args).query
    end

    def initialize(scope = ActiveRecord::NullRelation)
      @scope = scope
    end

    def query
      @scope
    end

    def |(other)
      Decidim::Query.new(cached_query.merge(other.cached_query))
    end

    delegate :count, :first, :to_a, to: :cached_query

    def each(&)
      cached_query.each(&)
    end

    def cached_query
      @cached_query ||= query
    end
  end
end
