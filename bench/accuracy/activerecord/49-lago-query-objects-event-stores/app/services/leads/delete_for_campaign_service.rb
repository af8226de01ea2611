# frozen_string_literal: true

module Leads
  class DeleteForCampaignService < BaseService
    def initialize(campaign:)
      @campaign = campaign
      @deleted_at = Time.current
      super
    end

    def call
      return result unless campaign.archived?

      # Only what was received before the campaign was archived; later leads are kept for audit.
      Lead.where(user_id: campaign.user_id, campaign_id: campaign.id)
        .where("leads.created_at <= ?", deleted_at)
        .in_batches.update_all(status: "deleted") # expect: prunes [ar49g] cross

      result
    end

    private

    attr_reader :campaign, :deleted_at
  end
end
