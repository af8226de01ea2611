class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, ->(lead) { in_partition(lead) }, inverse_of: :lead

  scope :for_user, ->(user) { where(user_id: user.id) }
  scope :id_in, ->(ids) { where(id: ids) }
  scope :created_after, ->(time) { where(arel_table[:created_at].gteq(time)) }
end
