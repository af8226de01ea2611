# frozen_string_literal: true

class User < ActiveRecord::Base
  has_many :leads
  has_many :campaigns

  def pref
    @pref ||= {}
  end

  def admin?
    email.end_with?("@admin.example")
  end
end
