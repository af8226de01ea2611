module Flags
  module Actions
    class Base
      def initialize(flag:)
        @flag = flag
      end

      def perform
        raise NotImplementedError
      end

      private

      attr_reader :flag

      def project_submission
        @project_submission ||= flag.project_submission # expect: scans-all [ar74d]
      end
    end
  end
end
