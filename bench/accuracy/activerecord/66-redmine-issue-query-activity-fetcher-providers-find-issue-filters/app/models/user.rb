class User < ApplicationRecord
  has_many :leads, foreign_key: :user_id
  has_many :queries, class_name: "Query", foreign_key: :user_id

  def self.current
    RequestStore.store[:current_user] ||= User.anonymous
  end

  def self.anonymous
    User.new(id: 0, email: "anonymous")
  end

  def today
    Time.zone.today
  end
end
