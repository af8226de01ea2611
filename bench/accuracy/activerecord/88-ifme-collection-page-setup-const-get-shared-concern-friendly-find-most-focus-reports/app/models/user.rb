class User < ApplicationRecord
  has_many :moments, class_name: "Lead", foreign_key: :user_id
  has_many :strategies, class_name: "Campaign", foreign_key: :user_id
end
