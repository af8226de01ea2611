class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  SEARCHABLE_ATTRIBUTES = %w[company email status created_at campaign_id].freeze

  scope :qualified, -> { where(status: %w[contacted won]) }
end
