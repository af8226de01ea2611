# A workshop: campaign_id the chapter, user_id the host, created_at its date and time.
class Lead < ApplicationRecord
  include Listable

  self.primary_key = :id

  belongs_to :chapter, class_name: "Campaign", foreign_key: :campaign_id
  belongs_to :host, class_name: "User", foreign_key: :user_id
  has_many :invitations, class_name: "AgentOutput", foreign_key: :lead_id

  default_scope { order("created_at DESC") }

  def virtual?
    status == "virtual"
  end

  def attending_count(role)
    invitations.where(kind: role, body: "attending").count # expect: scans-all [ar81d]
  end

  def waiting_list_count_for(role)
    AgentOutput.waiting_for(self, role).count # expect: scans-all [ar81e] cross
  end
end
