module Flags
  module Actions
    class Ban < Base
      def perform
        project_submission.user.banned!
        project_submission.user.project_submissions.kept.update_all(status: "discarded") # expect: scans-all [ar74e] cross
        flag.resolve!
      end
    end
  end
end
