module Api
  module V2
    class ResourceController < Api::V2::BaseController
      def index
        render_serialized_payload { serialize_collection(paginated_collection) } # expect: scans-all [ar46c] cross
      end

      protected

      def serialize_collection(collection)
        collection_serializer.new(collection, params: { user: current_user }).serializable_hash
      end

      def paginated_collection
        @paginated_collection ||= collection.page(params[:page]).per(params[:per_page] || 25) # expect-also: [ar46c]
      end

      def collection
        @collection ||= collection_finder.new(scope: scope, params: finder_params).execute
      end

      def finder_params
        params.permit(filter: {}).to_h.with_indifferent_access
      end

      def render_serialized_payload(status = 200)
        render json: yield, status: status
      end
    end
  end
end
