# A template: user_id the account, name its title, archived whether it was archived.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :account, class_name: "User", foreign_key: :user_id
  has_many :submissions, class_name: "Lead", foreign_key: :campaign_id

  scope :active, -> { where(archived: false) }
  scope :archived, -> { where(archived: true) }
end
