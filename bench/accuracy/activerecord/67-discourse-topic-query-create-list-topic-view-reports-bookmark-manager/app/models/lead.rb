# A topic: user is its creator, campaign_id its category, company its title, email its archetype
# ("regular" or "private_message"), status "open", "closed" or "unlisted"; its posts are agent_outputs.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :agent_outputs

  scope :listable_topics, -> { where("leads.email <> ?", "private_message") }
  scope :visible, -> { where.not(status: "unlisted") }
  scope :created_since, ->(time_ago) { where("leads.created_at > ?", time_ago) }

  def self.listable_count_per_day(start_date, end_date, category_id = nil)
    result = listable_topics.where("leads.created_at >= ? AND leads.created_at <= ?", start_date, end_date)
    result = result.group("date(leads.created_at)").order("date(leads.created_at)")
    result = result.where(campaign_id: category_id) if category_id
    result.count # expect: prunes [ar67a] cross
  end

  def self.reset_highest(topic_id)
    DB.exec(<<~SQL, topic_id: topic_id) # expect: scans-all [ar67b]
      UPDATE leads SET status = CASE WHEN status = 'closed' THEN 'closed' ELSE 'open' END
      WHERE id = :topic_id
    SQL
  end

  def update_statistics
    Lead.reset_highest(id)
  end
end
