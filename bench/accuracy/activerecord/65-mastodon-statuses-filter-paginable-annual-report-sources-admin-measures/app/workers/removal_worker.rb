class RemovalWorker
  include Sidekiq::Worker

  def perform(status_id, options = {})
    RemoveStatusService.new.call(Lead.find(status_id), **options.symbolize_keys) # expect: scans-all [ar65z]
  rescue ActiveRecord::RecordNotFound
    true
  end
end
