# frozen_string_literal: true

# The activity log: one row per thing that happened to a lead (created, emailed, commented...).
class AgentOutput < ActiveRecord::Base
  self.primary_key = :id

  belongs_to :lead

  scope :default_order, -> { order("agent_outputs.created_at DESC") }
  scope :include_events, ->(*events) { where(kind: events) }

  class << self
    def latest(options = {})
      where(({ kind: options[:event] } if options[:event]))
        .where(({ lead_id: options[:lead_ids] } if options[:lead_ids]))
        .where("agent_outputs.created_at >= ?", Time.zone.now - (options[:duration] || 2.days))
        .limit(options[:max])
        .default_order
    end

    # Drops the entries the user may not see (private notes of other users).
    def visible_to(user)
      to_a.reject { |output| output.kind == "private_note" && !user.admin? } # expect: prunes [ar50g] cross
    end
  end
end
