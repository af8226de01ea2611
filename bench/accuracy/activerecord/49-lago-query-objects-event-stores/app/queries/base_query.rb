# frozen_string_literal: true

class BaseQuery < BaseService
  # nil values let Kaminari apply its default page and limit.
  DEFAULT_PAGINATION_PARAMS = {page: nil, limit: nil}.freeze
  DEFAULT_ORDER = {created_at: :desc}.freeze

  Pagination = Struct.new(:page, :limit, keyword_init: true)
  Filters = Struct.new(keyword_init: true)

  def initialize(organization:, pagination: DEFAULT_PAGINATION_PARAMS, filters: {}, search_term: nil)
    @organization = organization
    @pagination_params = pagination
    @filters = self.class::Filters.new(**(filters || {}).to_h.symbolize_keys)
    @search_term = search_term.to_s.strip
    super
  end

  private

  attr_reader :organization, :pagination_params, :filters, :search_term

  def pagination
    return if pagination_params.blank?

    @pagination ||= Pagination.new(page: pagination_params[:page], limit: pagination_params[:limit])
  end

  def paginate(scope)
    return scope unless pagination

    scope.page(pagination.page).per(pagination.limit)
  end

  def parse_datetime_filter(field_name)
    value = filters[field_name]
    return value if value.is_a?(Time)

    Time.zone.parse(value.to_s)
  end

  # The same order for every query object: the default column, then id for stable pages.
  def apply_consistent_ordering(scope, default_order: DEFAULT_ORDER)
    scope.order(default_order).order(id: :asc)
  end
end
