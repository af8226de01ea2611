class User < ApplicationRecord
  has_many :project_submissions, class_name: "Lead", foreign_key: :user_id
  has_many :bookmarks, class_name: "Campaign", foreign_key: :user_id

  def banned!
    update!(email: "banned+#{id}@example.invalid")
  end
end
