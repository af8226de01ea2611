# A component of a participatory space (the proposals component of a process), owned by the organization.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads

  scope :published, -> { where(archived: false) }
end
