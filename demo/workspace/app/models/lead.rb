class Lead < ApplicationRecord
  self.primary_key = :id
  belongs_to :campaign
  has_many :agent_outputs

  scope :recent, -> { where("created_at >= ?", 1.month.ago) }
end
