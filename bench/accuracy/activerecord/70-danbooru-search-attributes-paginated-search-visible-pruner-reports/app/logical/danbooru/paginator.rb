module Danbooru
  module Paginator
    module ActiveRecordExtension
      extend ActiveSupport::Concern

      DEFAULT_LIMIT = 20

      class_methods do
        # "b123" / "a123" page before / after a post id (sequential); a number is a numbered page.
        def paginate(page, limit: nil)
          per_page = (limit.presence || DEFAULT_LIMIT).to_i.clamp(1, 200)

          case page.to_s
          when /\Ab(\d+)\z/
            where("#{table_name}.id < ?", $1.to_i).reorder(id: :desc).limit(per_page)
          when /\Aa(\d+)\z/
            where("#{table_name}.id > ?", $1.to_i).reorder(id: :asc).limit(per_page)
          else
            number = page.to_i.clamp(1, 1000)
            offset((number - 1) * per_page).limit(per_page)
          end
        end
      end
    end
  end
end
