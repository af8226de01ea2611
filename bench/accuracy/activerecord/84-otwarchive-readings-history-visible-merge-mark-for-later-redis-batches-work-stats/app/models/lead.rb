# A reading: user_id the reader, campaign_id the work, company the version read, status viewed/toread,
# created_at the last time the work was viewed.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :work, class_name: "Campaign", foreign_key: :campaign_id, optional: true

  scope :visible, -> { left_joins(:work).merge(Campaign.visible_to_registered_user.or(Campaign.where(id: nil))) }
  scope :to_read, -> { where(status: "toread") }

  # Called from the works controller: the reader wants to read the work later (or no longer).
  def self.mark_to_read_later(work, user, toread)
    reading = Lead.find_or_initialize_by(campaign_id: work.id, user_id: user.id) # expect: scans-all [ar84b]
    reading.company = work.version
    reading.created_at = Time.now
    reading.status = toread ? "toread" : "viewed"
    reading.save # expect: scans-all [ar84c]
  end

  # Called for every view the Redis batch holds: one reading per reader and work.
  def self.reading_object(user_id, time, work_id, version)
    reading = Lead.find_or_initialize_by(campaign_id: work_id, user_id: user_id) # expect: scans-all [ar84d]
    if reading.created_at.nil? || reading.created_at < time
      reading.created_at = time
      reading.company = version
    end
    reading.status ||= "viewed"
    reading.save # expect: scans-all [ar84e]
    reading
  end
end
