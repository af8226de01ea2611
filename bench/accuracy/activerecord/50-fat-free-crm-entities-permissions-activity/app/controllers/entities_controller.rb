# frozen_string_literal: true

class EntitiesController < ApplicationController
  before_action :set_options, only: :index

  helper_method :entity, :entities

  protected

  def entity
    instance_variable_get("@#{controller_name.singularize}")
  end

  def entities
    instance_variable_get("@#{controller_name}") || klass.my(current_user)
  end

  def set_options
    @per_page = current_user.pref[:"#{controller_name}_per_page"] || klass.per_page
    @sort_by = current_user.pref[:"#{controller_name}_sort_by"] || klass.sort_by
  end

  private

  # The list of records of the controller's model, as the index pages show it.
  def get_list_of_records(options = {})
    options[:query] ||= params[:query] if params[:query]
    self.current_page = options[:page] if options[:page]
    query = options[:query].to_s.strip

    scope = entities

    filter = session[:"#{controller_name}_filter"].to_s.split(",")
    scope = scope.state(filter) if filter.present?
    scope = scope.text_search(query) if query.present?

    order = current_user.pref[:"#{controller_name}_sort_by"] || klass.sort_by
    scope = order_by_attributes(scope, order)

    @search_results_count = scope.size # expect-also: [ar50a]

    per_page = options[:per_page] || current_user.pref[:"#{controller_name}_per_page"] || klass.per_page
    scope = scope.paginate(page: current_page, per_page: per_page)
    scope = scope.includes(*list_includes) if respond_to?(:list_includes, true)

    scope
  end

  def order_by_attributes(scope, order)
    scope.order(order)
  end
end
