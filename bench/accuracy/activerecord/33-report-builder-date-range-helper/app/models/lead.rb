class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :recent, -> { where("created_at >= ?", 30.days.ago) }
  scope :by_company, ->(name) { where(company: name) }
  scope :created_between, ->(from, to) { where(created_at: from...to) }
  scope :active, -> { where(status: %w[new contacted]) }
end
