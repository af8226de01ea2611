class Scan::CheckModelJob < ApplicationJob
  queue_as :scan

  def perform(model_id)
    model = Lead.find(model_id) # expect: scans-all [ar54g]
    Analysis::RenderJob.perform_later(model) if model.status == "new"
  end
end
