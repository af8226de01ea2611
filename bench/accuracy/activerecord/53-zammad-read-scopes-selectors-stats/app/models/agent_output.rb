# An article of a ticket: an email, a phone note, an internal note, a draft...
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
