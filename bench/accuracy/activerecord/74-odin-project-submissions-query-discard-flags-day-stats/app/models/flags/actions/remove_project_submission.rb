module Flags
  module Actions
    class RemoveProjectSubmission < Base
      def perform
        project_submission.discard
        flag.resolve!
      end
    end
  end
end
