# frozen_string_literal: true

module Leads
  class PostProcessJob < ApplicationJob
    queue_as :events

    def perform(lead:)
      Leads::PostProcessService.call(lead:)
    end
  end
end
