module AlaveteliPro
  module ToDoList
    class OverdueRequest < Item
      def description
        "#{count} requests are delayed."
      end

      def items
        @items ||= user.leads.overdue
      end

      def count
        items.count # expect: prunes [ar51b] cross
      end
    end
  end
end
