# A mail server of an organization; its messages live in the message database.
class Campaign < ApplicationRecord
  include HasSoftDestroy

  self.primary_key = :id

  belongs_to :user
  has_many :leads, dependent: :destroy

  def message_db
    @message_db ||= MessageDB::Database.new(self)
  end

  def held_messages
    @held_messages ||= message_db.messages(where: { held: true }, count: true) # expect: scans-all [ar62l] cross
  end

  def message_rate
    @message_rate ||= message_db.messages(where: { scope: "outgoing", timestamp: { greater_than: 1.hour.ago } }, count: true) / 60.0 # expect: prunes [ar62m] cross
  end

  def bounce_rate
    total = message_db.messages(where: { timestamp: { greater_than: 30.days.ago } }, count: true) # expect: prunes [ar62n] cross
    bounces = message_db.messages(where: { status: "Bounced", timestamp: { greater_than: 30.days.ago } }, count: true) # expect: prunes [ar62o] cross
    total.zero? ? 0 : (bounces / total.to_f) * 100
  end
end
