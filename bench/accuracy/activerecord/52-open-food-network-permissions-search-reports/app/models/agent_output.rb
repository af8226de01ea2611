# frozen_string_literal: true

# A payment or adjustment recorded on an order.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
