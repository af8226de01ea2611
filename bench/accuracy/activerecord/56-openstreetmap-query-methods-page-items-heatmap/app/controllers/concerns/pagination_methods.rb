module PaginationMethods
  extend ActiveSupport::Concern

  Paginator = Struct.new(:items, :newer_items_cursor, :older_items_cursor)

  private

  # One page of items and the ids of the first items before and after it.
  def get_page_items(items, includes: [], limit: 20, cursor_column: :id)
    column = "#{items.table_name}.#{cursor_column}"
    page_items = if params[:before]
                   items.where("#{column} < ?", params[:before]).reorder(cursor_column => :desc)
                 elsif params[:after]
                   items.where("#{column} > ?", params[:after]).reorder(cursor_column => :asc)
                 else
                   items.reorder(cursor_column => :desc)
                 end
    page_items = page_items.limit(limit).includes(includes)
    page_items = page_items.sort_by(&cursor_column).reverse # expect: scans-all [ar56a] cross

    newer = page_items.first&.send(cursor_column)
    older = page_items.last&.send(cursor_column)
    newer_items_cursor = (newer if page_items.any? && items.exists?(["#{column} > ?", newer])) # expect: scans-all [ar56b] cross
    older_items_cursor = (older if page_items.any? && items.exists?(["#{column} < ?", older])) # expect: scans-all [ar56c] cross
    Paginator.new(page_items, newer_items_cursor, older_items_cursor)
  end
end
