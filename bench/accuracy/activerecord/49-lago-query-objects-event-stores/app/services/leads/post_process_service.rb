# frozen_string_literal: true

module Leads
  class PostProcessService < BaseService
    Result = BaseResult[:lead]

    def initialize(lead:)
      @lead = lead
      @organization = lead.user
      super
    end

    def call
      flag_campaign if active_campaign
      create_enriched_output unless already_enriched?

      result.lead = lead
      result
    end

    private

    attr_reader :lead, :organization

    def campaigns
      @campaigns ||= organization.campaigns.where(id: lead.campaign_id)
    end

    def active_campaign
      @active_campaign ||= campaigns.active.first # expect: prunes [ar49h] cross
    end

    def flag_campaign
      Rails.logger.info("campaign #{active_campaign.id} received lead #{lead.id}")
    end

    def enriched_outputs
      AgentOutput.where(lead_id: lead.id).where(kind: "enriched")
    end

    def already_enriched?
      enriched_outputs.exists? # expect: scans-all [ar49i] cross
    end

    def create_enriched_output
      AgentOutput.create!(lead_id: lead.id, kind: "enriched", body: lead.company, created_at: lead.created_at)
    end
  end
end
