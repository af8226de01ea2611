class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :fresh, -> { where("leads.created_at >= ?", 2.days.ago) }

  def self.base(user, unarchived: true)
    rel = where(user_id: user.id)
    rel = rel.where.not(status: "archived") if unarchived
    rel
  end
end
