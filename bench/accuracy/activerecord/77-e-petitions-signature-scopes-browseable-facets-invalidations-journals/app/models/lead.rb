# A signature: user_id the signer, campaign_id the petition, company the signer's name and postcode,
# email the address it was confirmed from, status pending/validated/invalidated.
class Lead < ApplicationRecord
  self.primary_key = :id

  PENDING_STATE = "pending".freeze
  VALIDATED_STATE = "validated".freeze

  belongs_to :petition, class_name: "Campaign", foreign_key: :campaign_id
  belongs_to :signer, class_name: "User", foreign_key: :user_id
  has_many :email_receipts, class_name: "AgentOutput", foreign_key: :lead_id

  scope :validated, -> { where(status: VALIDATED_STATE) }
  scope :pending, -> { where(status: PENDING_STATE) }
  scope :for_email, ->(email) { where(email: email.to_s.downcase) }
  scope :in_days, ->(number_of_days) { validated.where("leads.created_at > ?", number_of_days.days.ago) }

  def self.need_emailing_for(name)
    validated.where.not(id: AgentOutput.where(kind: name).select(:lead_id))
  end

  def self.signature_number(before)
    where("leads.created_at < ?", before).count + 1 # expect: prunes [ar77h] cross
  end

  def number
    @number ||= self.class.validated.signature_number(created_at)
  end

  def validate!
    return unless status == PENDING_STATE

    update_columns(status: VALIDATED_STATE) # expect: scans-all [ar77i]
  end

  def unsubscribe!
    update(status: "unsubscribed") # expect: scans-all [ar77j]
  end

  def email_sent_receipt(name)
    email_receipts.find_by(kind: name) # expect: scans-all [ar77k]
  end
end
