# frozen_string_literal: true

module V1
  class LeadSerializer
    attr_reader :model, :options

    def initialize(model, options = {})
      @model = model
      @options = options
    end

    def serialize
      {
        lago_id: model.id,
        campaign_id: model.campaign_id,
        email: model.email,
        status: model.status,
        created_at: model.created_at.iso8601
      }
    end

    def to_json(options = {})
      {(self.options[:root_name] || :lead) => serialize}.to_json(options)
    end
  end
end
