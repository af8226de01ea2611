# frozen_string_literal: true

class User < ApplicationRecord
  has_many :campaigns

  def admin?
    email.end_with?("@admin.example")
  end
end
