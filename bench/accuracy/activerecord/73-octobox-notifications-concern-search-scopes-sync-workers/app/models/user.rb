class User < ApplicationRecord
  has_many :notifications, class_name: "Lead", foreign_key: :user_id
  has_many :repositories, class_name: "Campaign", foreign_key: :user_id
end
