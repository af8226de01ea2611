# A user track: user_id its student, name the track slug, archived whether the student left it.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user

  def self.for!(user, track_slug)
    find_by!(user_id: user.id, name: track_slug) # expect: prunes [ar71o]
  end
end
