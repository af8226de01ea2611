module AlaveteliPro
  module ActivityList
    class List
      attr_accessor :user, :page, :per_page

      def initialize(user, page, per_page)
        @user = user
        @page = page
        @per_page = per_page
      end

      def event_types
        activity_types.keys
      end

      def events
        user.agent_outputs.where(kind: event_types)
      end

      def current_items
        current_events = events.paginate page: page, per_page: per_page
        current_events.map { |event| activity_types[event.kind].new(event) } # expect: scans-all [ar51a] cross
      end

      private

      def activity_types
        {
          "sent" => ActivityList::RequestSent,
          "response" => ActivityList::NewResponse,
          "comment" => ActivityList::Comment
        }
      end
    end
  end
end
