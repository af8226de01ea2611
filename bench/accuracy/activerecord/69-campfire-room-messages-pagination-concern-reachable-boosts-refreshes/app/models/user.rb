class User < ApplicationRecord
  has_many :rooms, class_name: "Campaign", foreign_key: :user_id
  has_many :reachable_messages, through: :rooms, source: :messages
  has_many :messages, class_name: "Lead", foreign_key: :user_id

  def deactivate
    transaction do
      rooms.where(archived: false).update_all(archived: true) # expect: prunes [ar69q]
      update!(email: "deactivated-#{id}@example.invalid")
    end
  end
end
