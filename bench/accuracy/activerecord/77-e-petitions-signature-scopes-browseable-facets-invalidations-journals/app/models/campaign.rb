# A petition: user_id its creator, name its action, archived whether it is closed.
class Campaign < ApplicationRecord
  include Browseable

  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id
  has_many :signatures, class_name: "Lead", foreign_key: :campaign_id

  facet :all, -> { order(id: :desc) }
  facet :open, -> { where(archived: false).order(id: :desc) }
  facet :closed, -> { where(archived: true).order(id: :desc) }

  def self.trending
    Lead.validated.in_days(1).group(:campaign_id).order("count_all DESC").limit(3).count # expect: prunes [ar77c] cross
  end

  def creator_signature
    signatures.where(status: "creator").first # expect: scans-all [ar77d]
  end

  def signature_count
    signatures.validated.count # expect: scans-all [ar77e] cross
  end

  def signatures_since(time)
    signatures.validated.where("leads.created_at >= ?", time).count # expect: prunes [ar77f] cross
  end

  def close!
    update!(archived: true) # expect: scans-all [ar77g]
  end
end
