module Api
  module V2
    class ApiController < ApplicationController
      MAX_PER_PAGE = 1_000

      skip_before_action :verify_authenticity_token

      def entries_response
        if params[:read] == "false"
          @page_query = @page_query.where(status: "new")
        end

        if since_time
          @page_query = @page_query.where("leads.created_at > :time", time: since_time) # expect-also: [ar55j]
        end

        per_page = params.key?(:per_page) ? [params[:per_page].to_i, MAX_PER_PAGE].min : 100
        ids = @page_query.limit(per_page).offset((params[:page].to_i - 1).clamp(0..) * per_page).pluck(:id) # expect: scans-all [ar55j] cross
        @entries = Lead.in_order_of(:id, ids).includes(:campaign).leads_list.to_a # expect: scans-all [ar55s] cross
        render json: @entries
      end

      private

      def since_time
        @since_time ||= Time.iso8601(params[:since]) if params[:since].present?
      end
    end
  end
end
