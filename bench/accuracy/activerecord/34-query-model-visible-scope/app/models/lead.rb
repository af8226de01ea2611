class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :visible, ->(user = User.current) { where(user_id: user.id) }
  scope :created_on, lambda { |from, to = nil|
    to ? where(created_at: from..to) : where(created_at: from..)
  }
end
