# frozen_string_literal: true

class CollectionSerializer
  attr_reader :collection, :model_serializer, :options

  def initialize(collection, model_serializer, options = {})
    @collection = collection
    @model_serializer = model_serializer
    @options = options
  end

  def serialize
    hash = {collection_name => serialize_models}
    hash[:meta] = options[:meta] if options[:meta].present?
    hash
  end

  def to_json(options = {})
    serialize.to_json(options)
  end

  def collection_name
    options.fetch(:collection_name, :data).to_sym
  end

  def serialize_models
    collection.map { |model| model_serializer.new(model, options).serialize }
  end
end
