class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :created_since, ->(time_ago) { where("leads.created_at > ?", time_ago) }
  scope :visible, -> { where.not(status: "archived") }
end
