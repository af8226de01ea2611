# frozen_string_literal: true

module Reporting
  class ReportTemplate
    attr_reader :user, :params

    def initialize(user, params = {})
      @user = user
      @params = default_params.deep_merge(params.to_h.deep_symbolize_keys)
    end

    # Every report covers the last month unless the form says otherwise.
    def default_params
      {
        q: {
          completed_at_gt: 1.month.ago.beginning_of_day,
          completed_at_lt: Date.tomorrow.beginning_of_day
        }
      }
    end

    def search_params
      params[:q]
    end

    def query_result
      raise NotImplementedError
    end

    def rows
      query_result.map { |order| columns.transform_values { |column| column.call(order) } }
    end
  end
end
