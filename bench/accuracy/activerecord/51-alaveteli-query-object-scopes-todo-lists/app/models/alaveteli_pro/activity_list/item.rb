module AlaveteliPro
  module ActivityList
    class Item
      attr_reader :event

      def initialize(event)
        @event = event
      end
    end

    class RequestSent < Item; end
    class NewResponse < Item; end
    class Comment < Item; end
  end
end
