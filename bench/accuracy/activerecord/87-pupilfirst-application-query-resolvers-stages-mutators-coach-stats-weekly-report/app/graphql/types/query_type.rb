module Types
  class QueryType < Types::BaseObject
    field :submissions, Types::SubmissionType.connection_type, null: false do
      argument :course_id, ID, required: true
      argument :status, String, required: false
      argument :target, String, required: false
      argument :submitted_after, String, required: false
      argument :search, String, required: false
      argument :sort_direction, String, required: false
    end

    def submissions(**args)
      SubmissionsResolver.new(context, args).submissions
    end

    field :pending_submissions_count, Integer, null: false do
      argument :course_id, ID, required: true
    end

    def pending_submissions_count(**args)
      PendingSubmissionsCountResolver.new(context, args).pending_submissions_count
    end

    field :coach_stats, Types::CoachStatsType, null: false do
      argument :coach_id, ID, required: true
      argument :course_id, ID, required: true
    end

    def coach_stats(**args)
      CoachStatsResolver.new(context, args).coach_stats
    end

    field :submission_details, Types::SubmissionDetailsType, null: false do
      argument :submission_id, ID, required: true
    end

    def submission_details(**args)
      SubmissionDetailsResolver.new(context, args).submission_details
    end
  end
end
