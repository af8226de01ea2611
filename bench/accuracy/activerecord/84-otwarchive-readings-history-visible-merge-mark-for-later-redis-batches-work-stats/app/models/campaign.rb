# A work: user_id its creator, name the title, archived when hidden by an admin.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id
  has_many :readings, class_name: "Lead", foreign_key: :campaign_id

  scope :visible_to_registered_user, -> { where(archived: false) }

  def version
    "1.#{id}"
  end
end
