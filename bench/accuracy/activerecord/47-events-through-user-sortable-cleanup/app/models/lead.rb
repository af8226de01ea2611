class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, -> { order("agent_outputs.id desc") }, dependent: :delete_all, inverse_of: :lead
end
