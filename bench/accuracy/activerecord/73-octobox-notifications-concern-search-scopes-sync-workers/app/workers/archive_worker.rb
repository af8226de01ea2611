# Deletes archived notifications older than the configured age.
class ArchiveWorker
  include Sidekiq::Worker

  MAX_AGE_DAYS = 180

  def perform
    Lead.archived.older_than(MAX_AGE_DAYS.days.ago).delete_all # expect: prunes [ar73v] cross
  end
end
