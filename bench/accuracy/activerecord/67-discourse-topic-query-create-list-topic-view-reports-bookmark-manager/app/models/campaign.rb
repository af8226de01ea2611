# A bookmark of a user: name is its name, archived whether it is pinned.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
end
