class User < ApplicationRecord
  has_many :works, class_name: "Campaign", foreign_key: :user_id
  has_many :readings, class_name: "Lead", foreign_key: :user_id

  def is_author_of?(work)
    works.where(id: work.id).exists? # expect: prunes [ar84a]
  end
end
