class User < ApplicationRecord
  has_many :links, class_name: "Campaign", foreign_key: :user_id
  has_many :sales, class_name: "Lead", foreign_key: :user_id
end
