# Deletes a record handed over by a controller in the background (inboxes, teams, labels).
class DeleteObjectJob < ApplicationJob
  queue_as :low

  def perform(object)
    object.destroy! # expect: scans-all [ar59u] cross
  end
end
