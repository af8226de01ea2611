# A tag subscription: user_id the follower, name the tag, archived once unfollowed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user

  scope :following, -> { where(archived: false) }
end
