# An account (a company signing documents); its templates and submissions belong to it.
class User < ApplicationRecord
  has_many :templates, class_name: "Campaign", foreign_key: :user_id
  has_many :submissions, class_name: "Lead", foreign_key: :user_id
end
