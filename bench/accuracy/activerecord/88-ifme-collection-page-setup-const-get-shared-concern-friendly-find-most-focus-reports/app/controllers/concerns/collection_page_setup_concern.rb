module CollectionPageSetupConcern
  extend ActiveSupport::Concern

  included do
    helper_method :page_collection, :setup_collection
  end

  def page_collection(collection, model_name, filters_model = {})
    name = params[:search]
    search_filters = params[:filters]
    model = Object.const_get(model_name.capitalize)
    search = model.where(
      "#{model::SEARCH_COLUMN} ilike ? AND user_id = ?",
      "%#{name}%",
      current_user.id
    ).all
    user = model.where(user_id: current_user.id)
    user = apply_filters(user, search_filters, filters_model[:filters]) if search_filters.present?
    setup_collection(collection, user, search, name)
  end

  def setup_collection(collection, user, search, name)
    search_query = search.exists? && name.present? ? search : user.all # expect: scans-all [ar88a] cross
    instance_variable_set(collection.to_s, search_query.order(id: :desc).page(params[:page]))
  end

  private

  def apply_filters(user, search_filters, filters_model)
    filtered_user = user
    search_filters.each do |filter|
      filtered_user = filtered_user.where(filters_model[filter])
    end
    filtered_user.count.positive? ? filtered_user : user # expect: scans-all [ar88b] cross
  end
end
