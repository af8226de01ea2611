# frozen_string_literal: true

# The enriched copy of an event, written by the post-processing job.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
