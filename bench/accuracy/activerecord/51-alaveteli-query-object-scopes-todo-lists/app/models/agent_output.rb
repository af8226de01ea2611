# An event in the life of a request: sent, response, followup_sent, comment...
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
