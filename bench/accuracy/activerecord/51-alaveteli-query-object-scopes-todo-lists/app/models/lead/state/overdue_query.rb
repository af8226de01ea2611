class Lead
  module State
    # Sent more than 20 days ago but less than 40: the authority is late, not yet very late.
    class OverdueQuery
      def initialize(relation = Lead)
        @relation = relation
      end

      def call
        @relation
          .where(status: ["awaiting_response"])
            .where("leads.created_at < ?", 20.days.ago.to_date)
              .where("leads.created_at >= ?", 40.days.ago.to_date)
      end
    end
  end
end
