# A docker build made for a deploy (kind is its status).
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  def self.cancel_stalled_builds
    where(kind: %w[pending running]).where("created_at < ?", Rails.application.config.deploy_timeout.seconds.ago)
      .update_all(kind: "cancelled") # expect: prunes [ar57j]
  end
end
