class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  def is_administrator?
    email.end_with?("@admin.example")
  end
end
