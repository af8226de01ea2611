# frozen_string_literal: true

module V1
  class LeadDetailSerializer < LeadSerializer
    def serialize
      outputs_count = model.agent_outputs.count # expect: scans-all [ar49j]
      super.merge(outputs_count:, previous_lead_id: model.previous_lead&.id)
    end
  end
end
