# A member: hosts workshops, organises chapters and answers invitations.
class User < ApplicationRecord
  has_many :organised_chapters, class_name: "Campaign", foreign_key: :user_id
  has_many :hosted_workshops, class_name: "Lead", foreign_key: :user_id

  def organised_chapter_names
    organised_chapters.where(archived: false).order(:name).pluck(:name) # expect: prunes [ar81a]
  end
end
