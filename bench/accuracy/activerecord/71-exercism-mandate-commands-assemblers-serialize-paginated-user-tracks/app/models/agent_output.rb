# An iteration: lead_id its solution, kind its state (submitted/tested/published/deleted), body the files' digest.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :solution, class_name: "Lead", foreign_key: :lead_id
end
