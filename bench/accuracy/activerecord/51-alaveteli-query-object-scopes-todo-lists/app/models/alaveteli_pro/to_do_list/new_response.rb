module AlaveteliPro
  module ToDoList
    class NewResponse < Item
      def description
        "#{count} requests have new responses."
      end

      def items
        @items ||= user.leads.awaiting_response
      end

      def count
        items.count # expect: scans-all [ar51c] cross
      end
    end
  end
end
