module Api
  module V2
    class LeadsController < ResourceController
      private

      def scope
        current_user.leads
      end

      def collection_finder
        Leads::Find
      end

      def collection_serializer
        LeadSerializer
      end
    end
  end
end
