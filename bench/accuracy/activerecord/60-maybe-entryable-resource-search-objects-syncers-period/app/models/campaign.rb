# A financial account of a family (checking, credit card, property); archived accounts are hidden.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads, dependent: :destroy

  scope :visible, -> { where(archived: false) }

  def sync_later(window_start_date: nil)
    AccountSyncJob.perform_later(self, window_start_date: window_start_date)
  end
end
