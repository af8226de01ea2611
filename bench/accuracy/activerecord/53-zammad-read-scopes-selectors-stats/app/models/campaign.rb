# A group of agents and the tickets routed to it.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  has_many :leads
end
