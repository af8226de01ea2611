# frozen_string_literal: true

class Campaign < ActiveRecord::Base
  self.primary_key = :id

  belongs_to :user
  has_many :leads, -> { order("created_at DESC") }

  uses_user_permissions
  sortable by: ["name ASC"], default: "name ASC"

  def self.per_page
    20
  end
end
