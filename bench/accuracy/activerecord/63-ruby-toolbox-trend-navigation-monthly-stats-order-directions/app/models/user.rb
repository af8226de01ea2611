# A category of the catalog: its projects are the campaigns.
class User < ApplicationRecord
  has_many :campaigns

  def self.find_for_show!(id, order: Campaign::Order.new)
    includes(:campaigns).order(order.sql).find(id)
  end
end
