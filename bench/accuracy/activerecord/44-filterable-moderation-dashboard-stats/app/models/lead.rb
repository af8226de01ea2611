class Lead < ApplicationRecord
  include Filterable

  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :pending_review, -> { where(status: "new") }
  scope :with_replies, -> { where(id: AgentOutput.where(kind: "reply").select(:lead_id)) }
  scope :sort_by_created_at, -> { reorder(created_at: :desc) }
  scope :sort_by_company, -> { reorder(:company) }

  def hide
    update_column(:status, "hidden") # expect: scans-all [ar44d]
  end
end
