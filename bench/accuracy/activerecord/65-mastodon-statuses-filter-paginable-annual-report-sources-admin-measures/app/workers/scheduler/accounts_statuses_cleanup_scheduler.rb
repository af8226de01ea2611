class Scheduler::AccountsStatusesCleanupScheduler
  include Sidekiq::Worker

  MAX_BUDGET = 50

  def perform
    budget = MAX_BUDGET
    User.where(id: enabled_account_ids).find_each do |account|
      policy = StatusesCleanupPolicy.new(account)
      removed = 0
      policy.statuses_to_delete(budget).each do |status| # expect: scans-all [ar65ab] cross
        RemoveStatusService.new.call(status)
        removed += 1
      end
      budget -= removed
      break if budget <= 0
    end
  end

  private

  def enabled_account_ids
    Rails.cache.fetch("statuses_cleanup_accounts") { [] }
  end
end
