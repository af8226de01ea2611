class AgentOutput < ApplicationRecord
  include TimeWindowed
  self.primary_key = :id

  belongs_to :lead
end
