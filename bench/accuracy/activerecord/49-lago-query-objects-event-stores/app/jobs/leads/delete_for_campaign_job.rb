# frozen_string_literal: true

module Leads
  class DeleteForCampaignJob < ApplicationJob
    queue_as :low_priority

    def perform(campaign)
      Leads::DeleteForCampaignService.call(campaign:)
    end
  end
end
