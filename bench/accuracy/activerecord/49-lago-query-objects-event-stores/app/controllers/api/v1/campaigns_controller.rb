# frozen_string_literal: true

module Api
  module V1
    class CampaignsController < Api::BaseController
      before_action :find_campaign

      def current_usage
        result = ::Campaigns::UsageService.call(campaign: @campaign, boundaries: current_boundaries)
        return render_error_response(result) unless result.success?

        render json: {
          leads_count: result.leads_count,
          last_lead_at: result.last_lead_at,
          output_kinds: result.output_kinds
        }
      end

      def destroy
        @campaign.update!(archived: true) # expect: scans-all [ar49m]
        ::Leads::DeleteForCampaignJob.perform_later(@campaign)

        head :no_content
      end

      private

      def find_campaign
        @campaign = current_organization.campaigns.find_by(id: params[:id]) # expect: prunes [ar49l]
        not_found_error(resource: "campaign") unless @campaign
      end

      def current_boundaries
        {
          from_datetime: Time.current.beginning_of_month,
          to_datetime: Time.current.end_of_month
        }
      end
    end
  end
end
