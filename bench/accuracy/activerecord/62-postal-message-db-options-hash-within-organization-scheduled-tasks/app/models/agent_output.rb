# A webhook request about a message, queued for the worker; body holds the worker that locked it.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :unlocked, -> { where(body: nil) }
  scope :ready, -> { where(kind: %w[MessageSent MessageBounced MessageHeld]) }

  def self.trigger(server, event, message)
    server = Campaign.find(server.to_i) unless server.is_a?(Campaign) # expect: scans-all [ar62s]
    create!(lead_id: message.id, kind: event, created_at: Time.current) if server.present?
  end
end
