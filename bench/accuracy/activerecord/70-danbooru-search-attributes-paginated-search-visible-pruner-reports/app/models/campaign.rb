# A favorite group: user_id its creator, name its name, archived whether it is private.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :creator, class_name: "User", foreign_key: :user_id

  def self.visible(user)
    where(archived: false).or(where(user_id: user.id))
  end

  def self.search(params = {})
    q = search_attributes(params, :id, :user_id, :name)
    q.order(id: :desc)
  end
end
