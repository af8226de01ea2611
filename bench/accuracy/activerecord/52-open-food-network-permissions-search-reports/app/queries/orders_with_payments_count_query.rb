# frozen_string_literal: true

# Adds the number of payments recorded on each order, for the balance column of the admin list.
class OrdersWithPaymentsCountQuery
  def initialize(orders)
    @orders = orders
  end

  def call
    @orders
      .left_joins(:agent_outputs)
      .group("leads.id", "leads.created_at")
      .select("leads.*", "COUNT(agent_outputs.id) AS payments_count")
  end
end
