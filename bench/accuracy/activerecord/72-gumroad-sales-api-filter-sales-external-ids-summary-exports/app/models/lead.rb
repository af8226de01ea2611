# A purchase: user_id its seller, campaign_id its product, company the buyer's name, email the buyer's email.
class Lead < ApplicationRecord
  include ExternalId

  self.primary_key = :id

  belongs_to :seller, class_name: "User", foreign_key: :user_id
  belongs_to :link, class_name: "Campaign", foreign_key: :campaign_id
  has_many :refunds, class_name: "AgentOutput", foreign_key: :lead_id

  scope :successful, -> { where(status: "successful") }

  def refund!(refunding_user_id:, amount: nil)
    transaction do
      refunds.create!(kind: "refund", body: "#{refunding_user_id}:#{amount}", created_at: Time.current)
      update!(status: "refunded") # expect: scans-all [ar72f]
    end
  end

  def refunded?
    status == "refunded"
  end

  def resend_receipt
    CustomerMailer.receipt(id).deliver_later
  end
end
