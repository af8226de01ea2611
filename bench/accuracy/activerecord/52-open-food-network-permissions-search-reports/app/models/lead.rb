# frozen_string_literal: true

# An order placed in a distributor's shopfront.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :complete, -> { where(status: "complete") }
  scope :not_state, ->(state) { where.not(status: state) }
  scope :not_empty, -> { where.not(status: "cart") }
  scope :completed_between, ->(start_date, end_date) { where(created_at: start_date..end_date) }
  scope :managed_by, ->(user) { where(campaign_id: Campaign.where(user_id: user.id).select(:id)) }
end
