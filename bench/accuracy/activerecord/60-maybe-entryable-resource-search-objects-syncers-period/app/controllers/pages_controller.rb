class PagesController < ApplicationController
  include Periodable

  def dashboard
    income_statement = Current.family.income_statement
    @cashflow_expenses = income_statement.expense_totals(period: @period)
    @cashflow_income = income_statement.income_totals(period: @period)
    @recent_transactions = Current.family.leads.in_period(@period).reverse_chronological.take(6) # expect: prunes [ar60s] cross
  end
end
