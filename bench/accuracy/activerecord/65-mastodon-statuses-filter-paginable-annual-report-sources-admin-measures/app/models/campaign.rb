# A list of followed accounts, owned by an account: name is its title, archived its exclusive flag.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
end
