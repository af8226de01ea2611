# A member of the public who created petitions or signed them.
class User < ApplicationRecord
  has_many :petitions, class_name: "Campaign", foreign_key: :user_id
  has_many :signatures, class_name: "Lead", foreign_key: :user_id
end
