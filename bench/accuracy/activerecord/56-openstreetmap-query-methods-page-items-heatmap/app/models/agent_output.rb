# A comment on a changeset (kind "comment"; hidden ones have kind "hidden").
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead
end
