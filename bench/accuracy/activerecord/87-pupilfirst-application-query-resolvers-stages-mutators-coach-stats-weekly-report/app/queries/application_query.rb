class ApplicationQuery
  include ActiveModel::Model

  attr_reader :context

  def self.property(name, options = {})
    attr_accessor name
    validates(name, options[:validates]) if options.key?(:validates)
  end

  def initialize(context, attributes = {})
    @context = context
    assign_attributes(attributes)

    raise UnauthorizedQueryException unless authorized?
  end

  def respond_to_missing?(name, *args)
    context.key?(name.to_sym) || super
  end

  def method_missing(name, *args)
    context.key?(name.to_sym) ? context[name.to_sym] : super
  end

  private

  def authorized?
    raise 'Please implement the "authorized?" method in the query class.'
  end
end
