# Sets the current balance of a manual account by writing today's valuation entry.
class Account::CurrentBalanceManager
  def initialize(account)
    @account = account
  end

  def set_current_balance(balance)
    existing_valuation = account.leads.valuations.find_by(created_at: Date.current) # expect: prunes [ar60q]
    return existing_valuation if existing_valuation

    account.leads.create!(user_id: account.user_id, company: "Balance update", email: balance.to_s, status: "valuation", created_at: Date.current)
  end

  private

  attr_reader :account
end
