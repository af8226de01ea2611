class DanbooruMaintenanceJob < ApplicationJob
  queue_as :default

  def perform
    PostPruner.new.prune!
  end
end
