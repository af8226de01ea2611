module Api
  module V2
    class SubscriptionsController < ApiController
      def update
        @user = current_user
        @subscription = @user.campaigns.find(params[:id]) # expect: prunes [ar55v]
        @subscription.update(name: params[:title]) # expect: scans-all [ar55w]
        render json: @subscription
      end
    end
  end
end
