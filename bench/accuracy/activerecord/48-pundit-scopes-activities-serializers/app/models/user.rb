class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  def admin?
    email.end_with?("@staff.example")
  end
end
