# An app (workspace) of Chaskiq.
class User < ApplicationRecord
  has_many :conversations, class_name: "Lead", foreign_key: :user_id
  has_many :conversation_parts, through: :conversations, source: :messages
  has_many :campaigns, foreign_key: :user_id
end
