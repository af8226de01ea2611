class User < ApplicationRecord
  include Statistics

  has_many :notes, class_name: "Lead", foreign_key: :user_id
  has_many :subscriptions, class_name: "Campaign", foreign_key: :user_id

  def first_time_poster?
    notes.where(status: "1").count.zero? # expect: scans-all [ar82l]
  end

  def followed_tags
    subscriptions.following.pluck(:name) # expect: prunes [ar82m] cross
  end
end
