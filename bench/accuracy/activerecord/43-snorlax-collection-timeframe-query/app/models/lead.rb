class Lead < ApplicationRecord
  include HasTimeframe

  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :active, -> { where(status: %w[new contacted]) }
  scope :won, -> { where(status: "won") }
  scope :recent, -> { where("leads.created_at > ?", 7.days.ago) }
end
