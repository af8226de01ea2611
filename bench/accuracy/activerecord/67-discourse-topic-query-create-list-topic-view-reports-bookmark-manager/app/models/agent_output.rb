# A post of a topic: kind is its post type ("regular", "whisper", "small_action", "deleted"), body the raw text.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :public_posts, -> { joins(:lead).where("leads.email <> ?", "private_message") }
  scope :regular, -> { where(kind: "regular") }

  def self.public_posts_count_per_day(start_date, end_date, category_id = nil)
    result = public_posts.where("agent_outputs.created_at >= ? AND agent_outputs.created_at <= ?", start_date, end_date)
    result = result.where("leads.campaign_id = ?", category_id) if category_id
    result.group("date(agent_outputs.created_at)").order("date(agent_outputs.created_at)").count # expect: scans-all [ar67c] cross
  end
end
