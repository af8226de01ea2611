class Lead < ApplicationRecord
  include Paginable

  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs
  has_many :recent_outputs, -> { where(created_at: 7.days.ago..) }, class_name: "AgentOutput"

  scope :by_company, ->(name) { where(company: name) }
  scope :in_month, ->(month) { where(created_at: month.all_month) }
end
