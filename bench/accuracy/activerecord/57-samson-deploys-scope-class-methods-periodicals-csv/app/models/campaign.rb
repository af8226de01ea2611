# A star: a project a user follows (name is the project permalink).
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
end
