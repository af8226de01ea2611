module AlaveteliPro
  module ToDoList
    class Item
      attr_reader :user

      def initialize(user)
        @user = user
      end

      def items
        raise NotImplementedError
      end
    end
  end
end
