module Api
  module V2
    class ReportsController < ApplicationController
      def summary
        render json: builder.summary
      end

      def by_status
        render json: builder.by_status
      end

      def campaigns
        render json: builder.top_campaigns
      end

      private

      def builder
        ::V2::ReportBuilder.new(current_user, params.permit(:since, :until))
      end
    end
  end
end
