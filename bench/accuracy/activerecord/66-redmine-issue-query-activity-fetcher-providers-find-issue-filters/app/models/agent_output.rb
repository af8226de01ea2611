# A journal entry of an issue (kind "journal", body the notes) or an attachment (kind "attachment", body the
# file name; body nil while the upload has no container yet).
class AgentOutput < ApplicationRecord
  include Redmine::Acts::ActivityProvider

  self.primary_key = :id

  belongs_to :lead

  acts_as_activity_provider type: "issues", timestamp: "agent_outputs.created_at", author_key: nil,
                            scope: -> { where(kind: "journal").where.not(body: [nil, ""]) }

  # Removes the uploads never attached to a container.
  def self.prune(age = 1.day)
    where("created_at < ?", Time.current - age).where(kind: "attachment", body: nil).destroy_all # expect: scans-all [ar66b]
  end
end
