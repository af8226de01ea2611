# A conversation: user_id the app, company its key, email the assigned agent, status its state.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :app, class_name: "User", foreign_key: :user_id
  belongs_to :campaign, optional: true
  has_many :messages, class_name: "AgentOutput", foreign_key: :lead_id
  has_one :latest_message, -> { order(id: :desc) }, class_name: "AgentOutput", foreign_key: :lead_id
  has_one :public_latest_message, -> { visibles.order(id: :desc) }, class_name: "AgentOutput", foreign_key: :lead_id

  scope :opened, -> { where(status: "opened") }
  scope :unassigned, -> { where(email: "unassigned@chaskiq.test") }

  def close!
    return if status == "closed"

    update!(status: "closed") # expect: scans-all [ar86p]
  end

  def reopen!
    return if status == "opened"

    update!(status: "opened") # expect: scans-all [ar86q]
  end

  def assign_agent(agent)
    update_column(:email, agent.email) # expect: scans-all [ar86s]
  end
end
