class Lead
  module State
    class AwaitingResponseQuery
      def initialize(relation = Lead)
        @relation = relation
      end

      def call
        @relation.where(status: %w[awaiting_response response_received])
      end
    end
  end
end
