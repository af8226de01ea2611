class User < ApplicationRecord
  has_many :posts, class_name: "Lead", foreign_key: :user_id
  has_many :favorite_groups, class_name: "Campaign", foreign_key: :user_id

  def is_moderator?
    email.end_with?("@mods.example")
  end
end
