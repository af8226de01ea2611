# A source the calendar imports events from.
class User < ApplicationRecord
  has_many :events, class_name: "Lead", foreign_key: :user_id
  has_many :venues, class_name: "Campaign", foreign_key: :user_id
end
