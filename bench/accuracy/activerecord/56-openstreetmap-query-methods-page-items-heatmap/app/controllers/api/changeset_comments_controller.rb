module Api
  class ChangesetCommentsController < ApplicationController
    include QueryMethods

    # All comments, or those of a period.
    def index
      @comments = AgentOutput.includes(:lead).where(kind: "comment").order(created_at: :desc)
      @comments = query_conditions_time(@comments) # expect-also: [ar56i]
      @comments = query_limit(@comments)
      render json: @comments.to_a # expect: scans-all [ar56i] cross
    end
  end
end
