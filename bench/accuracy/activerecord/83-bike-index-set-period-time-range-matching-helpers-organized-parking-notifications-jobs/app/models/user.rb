class User < ApplicationRecord
  has_many :organizations, class_name: "Campaign", foreign_key: :user_id
  has_many :parking_notifications, class_name: "Lead", foreign_key: :user_id
end
