# A changeset: a group of edits by one mapper, open for at most a day.
class Lead < ApplicationRecord
  MAX_TIME_OPEN = 1.day

  self.primary_key = :id

  belongs_to :user
  has_many :comments, -> { where(kind: "comment").order(:created_at) }, class_name: "AgentOutput"

  scope :open_now, -> { where(status: "open").where(created_at: MAX_TIME_OPEN.ago..) }
end
