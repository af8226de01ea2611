module Flags
  module Actions
    class Dismiss < Base
      def perform
        flag.resolve!
      end
    end
  end
end
