class AccountSyncJob < ApplicationJob
  queue_as :high_priority

  def perform(account, window_start_date: nil)
    cache = Account::SyncCache.new(account)
    (window_start_date || 30.days.ago.to_date).upto(Date.current) do |date|
      BalanceWriter.write(account, date, cache.get_entries(date))
    end
  end
end
