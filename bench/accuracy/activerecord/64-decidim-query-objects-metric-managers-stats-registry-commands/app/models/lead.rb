# A proposal of a component: company is its title, email its body, status its state, created_at its publication.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign
  has_many :agent_outputs

  scope :published, -> { where.not(status: "draft") }
  scope :not_hidden, -> { where.not(status: "hidden") }
  scope :except_withdrawn, -> { where.not(status: "withdrawn") }
  scope :accepted, -> { where(status: "accepted") }
end
