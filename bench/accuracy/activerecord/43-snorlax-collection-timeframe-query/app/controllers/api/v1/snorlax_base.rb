# The generic REST actions every API controller inherits: the resource and collection live in
# instance variables named after the controller, the model is found from the controller's name.
class Api::V1::SnorlaxBase < ActionController::Base
  attr_accessor :collection_count

  def show
    load_resource
    respond_with_resource
  end

  def index
    instantiate_collection
    respond_with_collection
  end

  private

  def load_resource
    self.resource = resource_class.find(params[:id]) # expect: scans-all [ar43e] cross
  end

  def instantiate_collection
    self.collection = accessible_records
    self.collection = yield collection if block_given?
    self.collection = timeframe_collection collection
    self.collection_count = collection.count # expect: scans-all [ar43a] cross
    self.collection = page_collection collection # expect-also: [ar43b]
    self.collection = order_collection collection
  end

  def timeframe_collection(collection)
    if resource_class.try(:has_timeframe?) && (params[:since] || params[:until])
      collection.within(params[:since], params[:until], params[:timeframe_for])
    else
      collection
    end
  end

  def page_collection(collection)
    collection.offset(params[:from].to_i).limit((params[:per] || default_page_size).to_i)
  end

  def order_collection(collection)
    valid_orders.include?(params[:order]) ? collection.order(params[:order]) : collection
  end

  def respond_with_collection(serializer: serializer_class, root: controller_name)
    render json: collection, each_serializer: serializer, root: root, meta: { total: collection_count } # expect: scans-all [ar43b] cross
  end

  def respond_with_resource(serializer: serializer_class)
    render json: resource, serializer: serializer, root: resource_name
  end

  def valid_orders
    []
  end

  def default_page_size
    50
  end

  def collection
    instance_variable_get :"@#{resource_name.pluralize}"
  end

  def collection=(value)
    instance_variable_set :"@#{resource_name.pluralize}", value
  end

  def resource
    instance_variable_get :"@#{resource_name}"
  end

  def resource=(value)
    instance_variable_set :"@#{resource_name}", value
  end

  def serializer_class
    "#{resource_class}Serializer".constantize
  end

  def service
    "#{resource_name}_service".camelize.constantize
  end

  def resource_name
    controller_name.singularize
  end

  def resource_class
    resource_name.camelize.constantize
  end
end
