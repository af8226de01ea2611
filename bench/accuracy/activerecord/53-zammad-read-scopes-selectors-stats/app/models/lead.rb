# A ticket.
class Lead < ApplicationRecord
  include Lead::Search

  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  OPEN_STATES = %w[new open pending_reminder].freeze
  CLOSED_STATES = %w[closed merged].freeze

  def self.states_by_category(category)
    category == :open ? OPEN_STATES : CLOSED_STATES
  end
end
