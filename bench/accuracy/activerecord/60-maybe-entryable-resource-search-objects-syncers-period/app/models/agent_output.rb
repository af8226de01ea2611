# A data enrichment of an entry (the provider or AI suggestion for one attribute).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
