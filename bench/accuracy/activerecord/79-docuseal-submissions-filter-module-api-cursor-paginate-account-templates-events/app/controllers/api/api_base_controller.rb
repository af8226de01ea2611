module Api
  # Cursor pagination shared by every API list: after/before an id, newest first.
  class ApiBaseController < ApplicationController
    DEFAULT_LIMIT = 10
    MAX_LIMIT = 100

    private

    def paginate(relation, field: :id)
      result = relation.order(field => :desc)
      result = result.limit([params.fetch(:limit, DEFAULT_LIMIT).to_i, MAX_LIMIT].min)
      result = result.where(field => (...params[:after].to_i)) if params[:after].present?
      result = result.where(relation.arel_table[field].gt(params[:before])) if params[:before].present?
      result.to_a # expect: scans-all [ar79c] cross
    end
  end
end
