module Agents
  class WebsiteAgent < ::Campaign
    EXPECTED_UPDATE_PERIOD_IN_DAYS = 2

    def working?
      event_created_within?(EXPECTED_UPDATE_PERIOD_IN_DAYS) && !archived
    end
  end
end
