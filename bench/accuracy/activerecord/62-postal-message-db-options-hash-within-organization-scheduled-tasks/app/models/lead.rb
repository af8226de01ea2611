# A message of a mail server: company is the recipient, email the sender, status the delivery status,
# created_at the message timestamp.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign
  has_many :agent_outputs

  def cancel_hold
    update!(status: "HoldCancelled") # expect: scans-all [ar62h]
  end

  # The delivery attempts shown on the message's activity tab.
  def deliveries
    agent_outputs.where(kind: %w[delivery bounce]).order(:created_at).to_a # expect: scans-all [ar62p]
  end
end
