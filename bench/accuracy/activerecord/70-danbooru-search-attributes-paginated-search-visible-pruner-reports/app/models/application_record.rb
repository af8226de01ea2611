class ApplicationRecord < ActiveRecord::Base
  self.abstract_class = true

  include Danbooru::Paginator::ActiveRecordExtension

  concerning :SearchMethods do
    class_methods do
      def qualified_column_for(attr)
        "#{table_name}.#{attr}"
      end

      def where_like(attr, value)
        where("#{qualified_column_for(attr)} LIKE ?", value.to_s.tr("*", "%"))
      end

      # Applies each whitelisted attribute the search params name; "a..b" values become ranges.
      def search_attributes(params, *attributes)
        attributes.reduce(all) do |relation, attribute|
          value = params[attribute]
          next relation if value.blank?

          relation.where(attribute => parse_search_value(value))
        end
      end

      def parse_search_value(value)
        return value unless value.is_a?(String) && value.include?("..")

        from, to = value.split("..", 2)
        Range.new(from.presence && Time.zone.parse(from), to.presence && Time.zone.parse(to))
      end

      def search(params = {})
        search_attributes(params, :id).order(id: :desc)
      end

      def paginated_search(params, defaults: {})
        search_params = params.fetch(:search, {}).to_h.symbolize_keys
        search_params = defaults.merge(search_params)
        search(search_params).paginate(params[:page], limit: params[:limit])
      end
    end
  end
end
