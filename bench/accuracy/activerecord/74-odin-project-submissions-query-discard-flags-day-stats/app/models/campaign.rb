# A bookmark: user_id the learner, name the lesson's title, archived whether it was removed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
end
