# Income and expense totals of a family, for the dashboard and the budgets.
class IncomeStatement
  attr_reader :family

  def initialize(family)
    @family = family
  end

  def expense_totals(period: Period.from_key("current_month"))
    build_period_total(classification: "expense", period: period)
  end

  def income_totals(period: Period.from_key("current_month"))
    build_period_total(classification: "income", period: period)
  end

  private

  PeriodTotal = Data.define(:classification, :total, :period)

  def build_period_total(classification:, period:)
    totals = totals_query(transactions_scope: family.leads.visible.in_period(period)).count # expect: scans-all [ar60o] cross
    PeriodTotal.new(classification: classification, total: totals.fetch(classification, 0), period: period)
  end

  def totals_query(transactions_scope:)
    transactions_scope.group(:status)
  end
end
