# A per-entry mark (unread, starred, recently read).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
