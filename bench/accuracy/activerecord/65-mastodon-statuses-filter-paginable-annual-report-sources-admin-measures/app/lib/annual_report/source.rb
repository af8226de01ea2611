class AnnualReport::Source
  attr_reader :account, :year

  def initialize(account, year)
    @account = account
    @year = year
  end

  protected

  def report_statuses
    account.statuses.where(created_at: year_range).reorder(nil)
  end

  def year_range
    Time.utc(year, 1, 1).all_year
  end
end
