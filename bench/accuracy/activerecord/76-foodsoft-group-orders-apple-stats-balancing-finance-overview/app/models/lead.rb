# A group order: user_id the ordergroup, campaign_id the order, company the ordergroup's name,
# email who updated it last, status open/finished/settled.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :ordergroup, class_name: "User", foreign_key: :user_id
  belongs_to :order, class_name: "Campaign", foreign_key: :campaign_id
  has_many :financial_transactions, class_name: "AgentOutput", foreign_key: :lead_id

  scope :in_period, ->(from, to) { where(created_at: from.beginning_of_day..to.end_of_day) }
  scope :ordered, -> { order(created_at: :desc) }
end
