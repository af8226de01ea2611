class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
