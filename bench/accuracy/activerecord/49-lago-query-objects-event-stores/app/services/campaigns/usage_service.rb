# frozen_string_literal: true

module Campaigns
  class UsageService < BaseService
    Result = BaseResult[:leads_count, :last_lead_at, :output_kinds]

    def initialize(campaign:, boundaries:)
      @campaign = campaign
      @boundaries = boundaries
      super
    end

    def call
      store = Leads::Stores::StoreFactory.new_instance(
        organization: campaign.user,
        campaign: campaign,
        boundaries: boundaries
      )
      store.use_from_boundary = !campaign.archived?

      result.leads_count = store.count
      result.last_lead_at = store.last_lead&.created_at
      result.output_kinds = store.output_kinds(include_all_history: true).to_h
      result
    end

    private

    attr_reader :campaign, :boundaries
  end
end
