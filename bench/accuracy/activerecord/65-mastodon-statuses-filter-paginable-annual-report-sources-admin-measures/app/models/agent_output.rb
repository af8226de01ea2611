# A notification about a status: kind is the type (mention, favourite, reblog, poll).
class AgentOutput < ApplicationRecord
  include Paginable

  self.primary_key = :id

  belongs_to :lead

  scope :browserable, ->(types) { types.present? ? where(kind: types) : all }
end
