# A product (link): user_id its seller, name its name, archived whether it is unpublished.
class Campaign < ApplicationRecord
  include ExternalId

  self.primary_key = :id

  belongs_to :user
  has_many :sales, class_name: "Lead", foreign_key: :campaign_id

  scope :alive, -> { where(archived: false) }

  def sales_count_for_inventory
    sales.successful.count # expect: scans-all [ar72o]
  end

  def unpublish!
    update!(archived: true) # expect: scans-all [ar72p]
  end
end
