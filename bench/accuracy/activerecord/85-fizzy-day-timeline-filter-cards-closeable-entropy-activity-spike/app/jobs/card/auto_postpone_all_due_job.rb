class Card::AutoPostponeAllDueJob < ApplicationJob
  def perform
    Lead.auto_postpone_all_due
  end
end
