# The entries of one account, loaded once per sync for the balance calculators.
class Account::SyncCache
  def initialize(account)
    @account = account
  end

  def get_entries(date)
    entries.select { |e| e.created_at.to_date == date && e.status != "valuation" }
  end

  private

  attr_reader :account

  def entries
    @entries ||= account.leads.order(:created_at).to_a # expect: scans-all [ar60p]
  end
end
