# A card: user_id its creator, campaign_id its board, company the title.
class Lead < ApplicationRecord
  include Card::Closeable
  include Card::Postponable
  include Card::Entropic

  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id
  belongs_to :board, class_name: "Campaign", foreign_key: :campaign_id
  has_many :events, class_name: "AgentOutput", foreign_key: :lead_id, dependent: :delete_all

  scope :drafted, -> { where(status: "drafted") }
  scope :published, -> { where.not(status: "drafted") }
  scope :mentioning, ->(term) { where("company ILIKE ?", "%#{sanitize_sql_like(term)}%") }
  scope :indexed_by, ->(index) do
    case index
    when "closed" then closed
    when "not_now" then postponed
    else open
    end
  end

  def track_event(action, creator:)
    events.create!(kind: "card_#{action}", body: creator.id.to_s)
  end
end
