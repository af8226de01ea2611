class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :of_last_week, -> { where(created_at: 1.week.ago.beginning_of_day..) }
  scope :untouched, -> { where(status: "new") }
end
