module Submissions
  # The index filters; each one is optional and applied only when its parameter is given.
  module Filter
    ALLOWED_PARAMS = %w[status created_at_from created_at_to].freeze
    DATE_PARAMS = %w[created_at_from created_at_to].freeze

    module_function

    def call(submissions, current_user, params)
      filters = normalize_filter_params(params, current_user)

      submissions = filter_by_status(submissions, filters)
      filter_by_created_at(submissions, filters)
    end

    def filter_by_status(submissions, filters)
      case filters[:status]
      when "pending" then submissions.pending
      when "completed" then submissions.completed
      when "declined" then submissions.declined
      else submissions
      end
    end

    def filter_by_created_at(submissions, filters)
      submissions = submissions.where(created_at: filters[:created_at_from]..) if filters[:created_at_from].present?
      submissions = submissions.where(created_at: ..filters[:created_at_to].end_of_day) if filters[:created_at_to].present?
      submissions
    end

    def normalize_filter_params(params, _current_user)
      ALLOWED_PARAMS.each_with_object({}) do |key, acc|
        next if params[key].blank?

        acc[key.to_sym] = DATE_PARAMS.include?(key) ? Time.zone.parse(params[key].to_s) : params[key]
      end
    end
  end
end
