class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, dependent: :delete_all

  scope :for_period, ->(period) { where(created_at: period) }
  scope :by_company, ->(name) { where(company: name) }
end
