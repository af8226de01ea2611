# An agent of a user: name is its type ("Agents::WebsiteAgent"), archived whether it is disabled.
class Campaign < ApplicationRecord
  self.primary_key = :id
  self.inheritance_column = nil

  belongs_to :user
  has_many :leads, -> { order("leads.id DESC") }, dependent: :delete_all, inverse_of: :agent

  alias_method :events, :leads

  # The agents of each type that run on the schedule are checked.
  def self.run_schedule(schedule)
    types = where(archived: false).group(:name).pluck(:name) # expect: scans-all [ar68d]
    types.each do |type|
      type.constantize.bulk_check(schedule)
    end
  end

  def self.bulk_check(_schedule)
    where(name: name, archived: false).pluck(:id).each { |agent_id| async_check(agent_id) } # expect: scans-all [ar68e]
  end

  def self.async_check(agent_id)
    AgentCheckJob.perform_later(agent_id)
  end

  # Hands every new event of a source agent to its enabled receivers (the events after the last one checked).
  def self.receive!(options = {})
    scope = Campaign.select("campaigns.id AS receiver_agent_id, leads.id AS event_id")
                    .joins("JOIN leads ON leads.campaign_id = campaigns.id")
                    .where(archived: false)
                    .where("leads.id > ?", options[:last_checked_event_id].to_i)
    scope = scope.where("campaigns.id IN (?)", options[:only_receivers]) if options[:only_receivers].present?
    agents_to_events = Hash.new { |h, k| h[k] = [] }
    Campaign.connection.select_rows(scope.to_sql).each do |receiver_agent_id, event_id| # expect: scans-all [ar68f] cross
      agents_to_events[receiver_agent_id.to_i] << event_id.to_i
    end
    agents_to_events.each { |agent_id, event_ids| AgentReceiveJob.perform_later(agent_id, event_ids) }
  end

  def create_event(attrs)
    events.create!(attrs.merge(user_id: user_id, created_at: Time.current))
  end

  # Whether the agent emitted an event in the last days (agents without a recent event are not working).
  def event_created_within?(days)
    events.where("leads.created_at > ?", days.to_i.days.ago).exists? # expect: prunes [ar68g]
  end

  def working?
    !archived
  end

  def check; end

  def receive(_events); end
end
