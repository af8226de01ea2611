module SortableTable
  extend ActiveSupport::Concern

  protected

  def table_sort
    raise "call set_table_sort first" unless @table_sort_info

    @table_sort_info[:order]
  end

  def set_table_sort(sort_options)
    valid_sorts = sort_options.fetch(:sorts)
    default = sort_options[:default] || { valid_sorts.first.to_sym => :desc }
    attribute, _, direction = params[:sort].to_s.downcase.rpartition(".")
    attribute, direction = default.to_a.first unless valid_sorts.include?(attribute)
    direction = direction.to_s == "desc" ? :desc : :asc

    @table_sort_info = { order: { attribute.to_sym => direction }, attribute: attribute, direction: direction }
  end
end
