module AlaveteliPro
  module ToDoList
    class List
      attr_reader :user

      def initialize(user)
        @user = user
      end

      def items
        [NewResponse.new(user), OverdueRequest.new(user)].reject { |item| item.count.zero? }
      end
    end
  end
end
