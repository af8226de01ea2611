# An ordergroup (a household ordering together).
class User < ApplicationRecord
  APPLE_MONTH_AGO = 6 # How many months back we count the orders.

  has_many :group_orders, class_name: "Lead", foreign_key: :user_id
  has_many :created_orders, class_name: "Campaign", foreign_key: :user_id

  def financial_transactions
    AgentOutput.joins(:group_order).where(leads: { user_id: id })
  end

  def update_stats!
    orders_count = group_orders.where("leads.created_at >= ?", APPLE_MONTH_AGO.months.ago).count # expect: prunes [ar76a]
    Rails.cache.write("ordergroup/#{id}/stats", { orders_count: orders_count })
  end

  def not_enough_apples?
    group_orders.count > 5 && # expect: scans-all [ar76b]
      group_orders.where(status: "settled").where("leads.created_at >= ?", APPLE_MONTH_AGO.months.ago).count < 2 # expect: prunes [ar76c]
  end

  def last_transaction
    financial_transactions.order("agent_outputs.created_at DESC").first # expect: scans-all [ar76d] cross
  end
end
