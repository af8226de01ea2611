# A family: its financial accounts are campaigns, their entries (transactions, valuations) leads.
class User < ApplicationRecord
  has_many :campaigns, dependent: :destroy
  has_many :leads

  def income_statement
    IncomeStatement.new(self)
  end

  def sync_later
    Family::Syncer.new(self).perform_sync
  end
end
