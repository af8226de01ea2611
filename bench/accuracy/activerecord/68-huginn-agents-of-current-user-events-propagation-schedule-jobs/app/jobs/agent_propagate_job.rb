class AgentPropagateJob < ActiveJob::Base
  def perform
    Campaign.receive!
  end
end
