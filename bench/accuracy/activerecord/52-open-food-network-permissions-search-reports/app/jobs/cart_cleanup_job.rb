# frozen_string_literal: true

# Abandoned carts older than a month are removed every night.
class CartCleanupJob < ApplicationJob
  CART_LIFETIME = 30.days

  def perform
    Lead.where(status: "cart").where(created_at: ...CART_LIFETIME.ago).delete_all # expect: prunes [ar52h]
  end
end
