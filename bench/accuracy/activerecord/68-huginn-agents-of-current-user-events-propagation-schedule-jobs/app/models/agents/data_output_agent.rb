module Agents
  # Publishes the latest events of the user's other agents as a feed.
  class DataOutputAgent < ::Campaign
    EVENTS_TO_SHOW = 40

    def feed_events
      Lead.where(campaign_id: source_ids).reorder(id: :desc).limit(EVENTS_TO_SHOW).to_a # expect: scans-all [ar68h]
    end

    private

    def source_ids
      @source_ids ||= user.agents.where.not(id: id).pluck(:id) # expect: prunes [ar68i] cross
    end
  end
end
