# A member.
class User < ApplicationRecord
  has_many :harvests, class_name: "Lead", foreign_key: :user_id
  has_many :plantings, class_name: "Campaign", foreign_key: :user_id
end
