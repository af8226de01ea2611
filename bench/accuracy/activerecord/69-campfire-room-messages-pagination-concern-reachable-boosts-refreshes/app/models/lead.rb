# A message: campaign_id its room, user_id its creator, company its body, created_at when it was posted.
class Lead < ApplicationRecord
  include Pagination

  self.primary_key = :id

  belongs_to :room, class_name: "Campaign", foreign_key: :campaign_id
  belongs_to :creator, class_name: "User", foreign_key: :user_id
  has_many :boosts, class_name: "AgentOutput", foreign_key: :lead_id, dependent: :destroy

  scope :ordered, -> { order(:created_at) }
  scope :with_creator, -> { preload(:creator) }
  scope :search, ->(query) { where("leads.company ILIKE ?", "%#{sanitize_sql_like(query)}%").ordered }
end
