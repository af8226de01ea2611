module Api
  module V2
    class EntriesController < ApiController
      def index
        @user = current_user
        @feed_ids = @user.campaigns.select(:id)
        @page_query = Lead.where(campaign_id: @feed_ids).order(created_at: :desc) # expect-also: [ar55j]
        entries_response
      end
    end
  end
end
