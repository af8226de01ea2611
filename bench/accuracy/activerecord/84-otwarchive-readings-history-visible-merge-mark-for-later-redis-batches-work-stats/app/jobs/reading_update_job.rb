# Writes the views queued in Redis ("Reading:new") to the readings table in batches.
class ReadingUpdateJob < ApplicationJob
  def perform
    REDIS_GENERAL.spop("Reading:new", 1000).each do |reading_json|
      user_id, time, work_id, version = JSON.parse(reading_json)
      Lead.reading_object(user_id, Time.zone.parse(time), work_id, version)
    end
  end
end
