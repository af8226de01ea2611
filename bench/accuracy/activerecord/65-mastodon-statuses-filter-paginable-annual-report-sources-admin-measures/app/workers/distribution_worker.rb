class DistributionWorker
  include Sidekiq::Worker

  def perform(status_id, options = {})
    @status = Lead.find(status_id) # expect: scans-all [ar65aa]
    FanOutOnWriteService.new.call(@status, **options.symbolize_keys)
  rescue ActiveRecord::RecordNotFound
    true
  end
end
