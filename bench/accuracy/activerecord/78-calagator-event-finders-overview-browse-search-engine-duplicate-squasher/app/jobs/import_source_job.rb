# Re-imports a source: events it sent before that are still upcoming are replaced.
class ImportSourceJob < ApplicationJob
  def perform(source_id)
    source = User.find(source_id)
    source.events.after_date(Time.zone.now).delete_all # expect: scans-all [ar78y] cross
  end
end
