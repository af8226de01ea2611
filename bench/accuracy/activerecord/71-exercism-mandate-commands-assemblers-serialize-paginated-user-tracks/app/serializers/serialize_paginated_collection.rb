class SerializePaginatedCollection
  include Mandate

  def initialize(collection, serializer:, meta: {})
    @collection = collection
    @serializer = serializer
    @meta = meta
  end

  def call
    {
      results: serializer.(collection), # expect-also: [ar71a] [ar71b]
      meta: {
        current_page: collection.current_page,
        total_count: collection.total_count, # expect-also: [ar71a] [ar71b]
        total_pages: collection.total_pages
      }.merge(meta)
    }
  end

  private
  attr_reader :collection, :serializer, :meta
end
