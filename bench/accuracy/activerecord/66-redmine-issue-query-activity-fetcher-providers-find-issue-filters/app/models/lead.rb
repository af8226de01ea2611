# An issue: user is its author, company the subject, email the tracker, status the status name,
# created_at its creation time. Its journals (notes and attribute changes) are agent_outputs.
class Lead < ApplicationRecord
  include Redmine::Acts::ActivityProvider

  self.primary_key = :id

  belongs_to :user
  has_many :agent_outputs, dependent: :destroy

  acts_as_activity_provider type: "issues", timestamp: "leads.created_at", author_key: :user_id,
                            scope: -> { preload(:user) }

  scope :visible, ->(user = User.current) { where(Lead.visible_condition(user)) }
  scope :open, -> { where.not(status: %w[closed rejected]) }

  def self.visible_condition(user)
    ["leads.status <> 'private' OR leads.user_id = ?", user.id]
  end

  def visible_journals_with_index
    result = agent_outputs.where(kind: "journal").reorder(:created_at, :id).to_a # expect: scans-all [ar66a]
    result.each_with_index { |j, i| j.instance_variable_set(:@indice, i + 1) }
    result
  end

  def init_journal(user, notes = "")
    @current_journal ||= agent_outputs.build(kind: "journal", body: notes, created_at: Time.current)
  end
end
