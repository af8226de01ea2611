# frozen_string_literal: true

# The open shopfronts of a distributor's owner, for the shop switcher.
module Shop
  class OrderCyclesList
    def self.active_for(distributor, customer)
      new(distributor, customer).call
    end

    def initialize(distributor, customer)
      @distributor = distributor
      @customer = customer
    end

    def call
      Campaign.where(user_id: @distributor.user_id).active.order(:name).to_a # expect: prunes [ar52d]
    end
  end
end
