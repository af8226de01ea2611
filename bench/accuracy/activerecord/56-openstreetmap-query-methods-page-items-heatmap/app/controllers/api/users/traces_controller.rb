module Api
  module Users
    class TracesController < ApplicationController
      def index
        @traces = current_user.campaigns.reload # expect: prunes [ar56o]
        render json: @traces
      end
    end
  end
end
