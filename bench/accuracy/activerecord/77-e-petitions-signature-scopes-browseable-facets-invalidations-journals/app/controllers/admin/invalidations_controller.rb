module Admin
  class InvalidationsController < AdminController
    def count
      matcher = InvalidationMatcher.new(petition_id: params[:petition_id], email: params[:email].presence)
      render json: { count: matcher.matching_signatures.count } # expect: scans-all [ar77t] cross
    end
  end
end
