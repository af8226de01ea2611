class FinishEndedOrdersJob < ApplicationJob
  def perform
    Campaign.finish_ended!
  end
end
