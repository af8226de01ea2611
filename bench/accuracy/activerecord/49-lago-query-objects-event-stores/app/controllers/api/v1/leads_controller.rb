# frozen_string_literal: true

module Api
  module V1
    class LeadsController < Api::BaseController
      def index
        result = LeadsQuery.call(
          organization: current_organization,
          pagination: {page: params[:page], limit: params[:per_page] || PER_PAGE},
          filters: index_filters
        )
        return render_error_response(result) unless result.success?

        render json: ::CollectionSerializer.new(result.leads, ::V1::LeadSerializer, collection_name: "leads", meta: pagination_metadata(result.leads)) # expect: scans-all [ar49a] cross
      end

      # The last day of leads, for the live debugger of the dashboard.
      def recent
        result = LeadsQuery.call(
          organization: current_organization,
          pagination: {page: params[:page], limit: params[:per_page] || PER_PAGE},
          filters: index_filters.to_h.merge(created_from: 1.day.ago.iso8601)
        )
        return render_error_response(result) unless result.success?

        render json: ::CollectionSerializer.new(result.leads, ::V1::LeadSerializer, collection_name: "leads", meta: pagination_metadata(result.leads)) # expect: prunes [ar49b] cross
      end

      def show
        lead = Lead.find_by(user_id: current_organization.id, id: params[:id]) # expect: scans-all [ar49c]
        return not_found_error(resource: "lead") unless lead

        render json: ::V1::LeadDetailSerializer.new(lead, root_name: "lead")
      end

      private

      def index_filters
        params.permit(:status, :campaign_id, :created_from, :created_to)
      end
    end
  end
end
