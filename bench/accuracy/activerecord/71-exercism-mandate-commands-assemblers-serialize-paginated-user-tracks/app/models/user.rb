class User < ApplicationRecord
  has_many :solutions, class_name: "Lead", foreign_key: :user_id
  has_many :user_tracks, class_name: "Campaign", foreign_key: :user_id
end
