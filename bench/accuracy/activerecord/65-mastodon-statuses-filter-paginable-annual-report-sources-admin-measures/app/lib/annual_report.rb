# The year-in-review of an account: every source computes its part over the account's statuses of the year.
class AnnualReport
  SOURCES = [
    AnnualReport::Archetype,
    AnnualReport::TimeSeries,
    AnnualReport::MostUsedApps,
    AnnualReport::CommonlyInteractedWith,
  ].freeze

  def initialize(account, year)
    @account = account
    @year = year
  end

  def generate
    SOURCES.each_with_object({}) do |klass, data|
      data.merge!(klass.new(@account, @year).generate)
    end
  end
end
