# The sort orders offered on project lists, as a registry of directions keyed by URL parameter.
class Campaign::Order
  Direction = Struct.new(:key, :sql)

  DEFAULT_DIRECTIONS = [
    Direction.new("name", "campaigns.name ASC"),
    Direction.new("newest", "campaigns.id DESC"),
  ].freeze
  SEARCH_DIRECTIONS = [Direction.new("rank", "campaigns.name ASC"), *DEFAULT_DIRECTIONS].freeze

  attr_reader :direction

  def initialize(order: nil, directions: DEFAULT_DIRECTIONS)
    @direction = directions.find { |d| d.key == order } || directions.first
  end

  def sql
    Arel.sql(direction.sql)
  end
end
